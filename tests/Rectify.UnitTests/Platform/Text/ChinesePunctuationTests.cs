using Rectify.Platform.Text;

namespace Rectify.UnitTests.Platform.Text;

/// <summary>Generated Chinese text takes Chinese punctuation; what is not Chinese keeps its own.</summary>
public sealed class ChinesePunctuationTests
{
    [Theory]
    [InlineData("第 1 页,共 6 页", "第1页，共6页")]
    [InlineData("完善制度,规范流程;强化考核:每季度一次", "完善制度，规范流程；强化考核：每季度一次")]
    [InlineData("修订(试行)办法", "修订（试行）办法")]
    [InlineData("是否已整改?请核实!", "是否已整改？请核实！")]
    [InlineData("  两行\n 文字 ", "两行文字")]
    public void Punctuation_beside_chinese_becomes_full_width(string text, string expected) =>
        Assert.Equal(expected, ChinesePunctuation.Normalize(text));

    [Theory]
    [InlineData("完成率3.5%,较上月提高", "完成率3.5%，较上月提高")]
    [InlineData("投资1,000万元,9:30召开调度会", "投资1,000万元，9:30召开调度会")]
    [InlineData("2025-06-30前完成,共 12 项", "2025-06-30前完成，共12项")]
    [InlineData("通过 WeCom 和钉钉发送,导出 OFD 版式文件", "通过 WeCom 和钉钉发送，导出 OFD 版式文件")]
    [InlineData("登录 https://zg.example.gov.cn/a?b=1,2 查看,或发邮件至 bgs@dy.example.cn,谢谢", "登录 https://zg.example.gov.cn/a?b=1,2 查看，或发邮件至 bgs@dy.example.cn，谢谢")]
    public void Numbers_dates_latin_names_and_addresses_keep_their_own(string text, string expected) =>
        Assert.Equal(expected, ChinesePunctuation.Normalize(text));

    [Theory]
    [InlineData("严格落实\"第一议题\"制度", "严格落实“第一议题”制度")]
    [InlineData("\"双公示\"和\"信易贷\"工作", "“双公示”和“信易贷”工作")]
    [InlineData("树牢'四个意识'", "树牢‘四个意识’")]
    [InlineData("the \"OFD\" format", "the \"OFD\" format")]
    public void Straight_quotes_in_chinese_text_become_curly_quotes(string text, string expected) =>
        Assert.Equal(expected, ChinesePunctuation.Normalize(text));

    [Fact]
    public void Text_already_in_chinese_punctuation_is_left_as_it_is()
    {
        const string text = "截至2024年4月18日，已有3个问题、8项措施完成整改（含“回头看”）。";
        Assert.Equal(text, ChinesePunctuation.Normalize(text));
    }

    [Fact]
    public void Lines_of_a_cell_are_normalised_one_by_one()
    {
        Assert.Equal("一是修订制度；\n二是开展培训。", ChinesePunctuation.NormalizeLines("一是修订制度;\r\n二是开展培训。"));
    }
}
