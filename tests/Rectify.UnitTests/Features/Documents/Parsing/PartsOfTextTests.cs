using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class PartsOfTextTests
{
    [Fact]
    public void Enumerators_are_taken_in_sequence_and_not_inside_words()
    {
        var items = Enumerators.Split("统一是前提。一是建立制度;二是统一是关键;三是开展检查。");

        Assert.Equal(["", "一是", "二是", "三是"], items.Select(i => i.Label));
        Assert.Equal("统一是前提。", items[0].Text);
        Assert.Equal("统一是关键", items[2].Text);
    }

    [Fact]
    public void A_paragraph_continuing_the_enumeration_starts_at_its_own_ordinal()
    {
        Assert.Equal(["三是", "四是"], Enumerators.Split("三是开展检查。四是建立台账。").Select(i => i.Label));
    }

    [Fact]
    public void Measures_numbered_inline_are_split_only_in_rectification_text()
    {
        const string text = "整改情况:(1)建立台账;(2)开展检查;②不是序列。";

        Assert.Equal(["(1)", "(2)"], MeasureSplitter.Split([(text, "")]).Select(m => m.Label));
        Assert.Empty(Enumerators.Split("(1)建立台账;(2)开展检查"));
    }

    [Theory]
    [InlineData("2021412日", "2021-04-12", false)]
    [InlineData("202192日", "2021-09-02", false)]
    [InlineData("2021111日", null, true)]
    public void Dates_with_lost_characters_are_read_only_when_one_reading_is_valid(string written, string? iso, bool ambiguous)
    {
        var date = Assert.Single(DateFinder.FindAll(written));

        Assert.True(date.Recovered);
        Assert.Equal(ambiguous, date.Ambiguous);
        Assert.Equal(iso, date.Iso);
    }

    [Fact]
    public void A_year_less_date_takes_the_year_of_the_full_date_before_it()
    {
        var dates = DateFinder.InheritYears(DateFinder.FindAll("2023年6月5日至9月8日,并于11月10日反馈"));

        Assert.Equal(["2023-06-05", "2023-09-08", "2023-11-10"], dates.Select(d => d.Iso));
    }

    [Theory]
    [InlineData("(一)政治建设方面", "ParenChinese", "(一)")]
    [InlineData("第二方面:作风建设方面", "Aspect", "第二方面")]
    [InlineData("12.制度执行不严格", "ArabicDot", "12.")]
    [InlineData("3)服务不主动", "HalfParenArabic", "3)")]
    [InlineData("③开展检查", "Circled", "③")]
    [InlineData("三、下步工作打算", "PartNumber", "三、")]
    public void Line_markers_give_their_kind_and_label(string line, string kind, string label)
    {
        var marker = Markers.Read(line);

        Assert.Equal((kind, label), (marker?.Kind.ToString(), marker?.Label));
    }

    [Theory]
    [InlineData("1.5亿元资金已拨付")]
    [InlineData("2023年6月,召开会议")]
    [InlineData("一是建立制度")]
    public void Ordinary_text_is_not_a_marker(string line) => Assert.Null(Markers.Read(line));
}
