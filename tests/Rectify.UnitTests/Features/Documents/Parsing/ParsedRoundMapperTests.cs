using Rectify.Features.Documents;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class ParsedRoundMapperTests
{
    [Theory]
    [InlineData("2024年6月30日", "2024-06-30")]
    [InlineData("2024.6.30", "2024-06-30")]
    [InlineData("2024/9/30前", "2024-09-30")]
    [InlineData("2024年6月底", "2024-06-30")]
    [InlineData("2025年2月", "2025-02-28")]
    [InlineData("2024年底前", "2024-12-31")]
    [InlineData("长期坚持", null)]
    [InlineData("2024年2月30日", null)]
    public void A_time_limit_as_an_office_writes_it_becomes_a_date(string written, string? iso)
    {
        Assert.Equal(iso, ParsedRoundMapper.TimeLimitOf(written)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_self_examination_report_becomes_a_self_examination_round_titled_by_its_subject()
    {
        const string speech = """
            发布日期:
            以作风攻坚推动营商环境再提升
            县行政审批服务局党组书记、局长陈立新
            对照县委专题会议要求,我们认真查摆剖析,主要存在以下问题:
            (一)服务意识不强。一是窗口服务不够主动。群众办事仍需多次跑腿。二是帮办代办覆盖不全。
            (二)审批效率不高。一方面,并联审批推进缓慢。另一方面,容缺受理用得不多。
            下一步,我们将逐项整改,确保取得实效。
            """;

        var report = ReportParser.Parse(speech);
        var import = ParsedRoundMapper.ToImport(report, Guid.NewGuid(), _ => null);

        Assert.Equal("以作风攻坚推动营商环境再提升", report.Title);
        Assert.Equal(ParsedReport.SelfExamination, report.Kind);
        Assert.Equal(RoundKind.SelfExamination, import.Details.Kind);
        Assert.Equal("以作风攻坚推动营商环境再提升", import.Details.Title);
        Assert.Equal(["窗口服务不够主动", "帮办代办覆盖不全", "并联审批推进缓慢", "容缺受理用得不多"], report.Problems().Select(p => p.Title));
        Assert.Equal(0, report.Counts.Measures);
    }

    [Fact]
    public void A_table_row_marked_for_immediate_rectification_imports_as_an_immediate_measure_without_a_date()
    {
        var report = ReportParser.Parse(
            "序号\t问题\t整改措施\t责任单位\t完成时限\n1\t窗口人员着装不规范。\t统一配发工作服。\t办公室\t立行立改\n2\t档案管理混乱。\t整理归档。\t办公室\t2024年5月");

        var measures = ParsedRoundMapper.ToImport(report, Guid.NewGuid(), _ => null).Sections.Single().Problems.Select(p => p.Measures.Single()).ToList();

        Assert.Equal((MeasureKind.Immediate, (DateOnly?)null), (measures[0].Kind, measures[0].TimeLimit));
        Assert.Equal((MeasureKind.Dated, (DateOnly?)new DateOnly(2024, 5, 31)), (measures[1].Kind, measures[1].TimeLimit));
    }
}
