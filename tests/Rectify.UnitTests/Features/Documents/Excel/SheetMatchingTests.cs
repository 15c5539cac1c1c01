using Rectify.Features.Documents.Excel;

namespace Rectify.UnitTests.Features.Documents.Excel;

public class SheetMatchingTests
{
    [Fact]
    public void The_hidden_id_cell_round_trips_and_anything_else_names_no_measure()
    {
        var id = Guid.CreateVersion7();

        Assert.Equal(new MeasureRef(id, 7), MeasureRef.Parse(MeasureRef.Format(id, 7)));
        Assert.Null(MeasureRef.Parse(""));
        Assert.Null(MeasureRef.Parse("12"));
        Assert.Null(MeasureRef.Parse($"{id}:-1"));
    }

    [Fact]
    public void Problem_and_measure_texts_match_whatever_their_spaces_and_punctuation()
    {
        Assert.Equal(RoundTree.Key("会风不正问题", "精简会议,压缩篇幅"), RoundTree.Key("会风不正问题。", " 精简会议 压缩篇幅"));
        Assert.NotEqual(RoundTree.Key("会风不正问题", "精简会议"), RoundTree.Key("会风问题", "精简会议"));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Columns_are_named_by_letters_as_in_Excel(int column, string letters)
    {
        Assert.Equal(letters, SheetPreview.Letter(column));
        Assert.Equal(column, SheetGrid.ColumnOf(letters));
    }
}
