using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class ProblemTableTests
{
    private static readonly string[] Header = ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"];

    private const string Opening = """
        中共某市生态环境局党组关于市委第三巡察组反馈意见整改进展情况的通报
        根据市委统一部署,2023年4月10日至6月9日,市委第三巡察组对市生态环境局党组开展了常规巡察。2023年7月20日,市委第三巡察组向市生态环境局党组反馈了巡察意见。现将整改进展情况公布如下。
        一、整改工作组织情况
        局党组召开专题会议研究部署整改工作,对反馈的2个方面3个问题逐项制定整改措施。
        二、反馈问题整改情况
        具体整改情况见下表。
        """;

    private const string Closing = """
        三、下步工作打算
        局党组将持续巩固整改成果,推动整改工作常态长效。
        中共某市生态环境局党组
        2024年1月15日
        """;

    private static ParsedReport ParseDocx(ReportDocx docx) => ReportParser.Parse(ReportReader.ReadText(docx.Build(), "通报.docx"));

    private static ReportDocx ReportWithTable(params string[][] rows) =>
        new ReportDocx().Paragraphs(Opening).Table(7, [Header, .. rows]).Paragraphs(Closing);

    [Fact]
    public void A_problem_list_table_in_a_docx_becomes_sections_problems_and_measures_with_their_responsibilities()
    {
        var r = ParseDocx(ReportWithTable(
            ["一、落实生态环境保护责任方面"],
            ["1", "落实河长制工作不到位。部分河段巡河记录缺失。", "1.制定巡河工作规范。|2.每季度通报巡河情况。", "李明", "水生态环境科", "王芳", "2023年12月31日"],
            ["2", "信访件办理不及时。", "建立信访件台账,逐件跟踪办结。", "李明", "法规科、办公室", "赵强", "2024年3月底"],
            ["二、队伍建设方面"],
            ["3", "干部培训针对性不强。", "一是制定年度培训计划;二是开展执法业务轮训。", "陈刚", "人事科", "刘洋", "长期坚持"]));

        Assert.Equal(ParsedReport.Rectification, r.Kind);
        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal((3, 5), (r.Counts.Problems, r.Counts.Measures));
        Assert.Equal(["一、", "二、"], r.Sections.Select(s => s.Label));
        Assert.Equal("落实生态环境保护责任方面", r.Sections[0].Title);
        var first = r.Sections[0].Problems[0];
        Assert.Equal(("1.", "落实河长制工作不到位", "部分河段巡河记录缺失。"), (first.Label, first.Title, first.Feedback));
        Assert.Equal(["1.", "2."], first.Measures.Select(m => m.Label));
        Assert.Equal("制定巡河工作规范。", first.Measures[0].Text);
        Assert.All(first.Measures, m => Assert.Equal(("李明", "水生态环境科", "王芳", "2023年12月31日"), (m.Leader, m.Unit, m.Person, m.TimeLimit)));
        var second = r.Sections[0].Problems[1].Measures.Single();
        Assert.Equal("法规科", second.Unit);
        Assert.Equal(["办公室"], second.CooperatingUnits!);
        Assert.Equal(["一是", "二是"], r.Sections[1].Problems[0].Measures.Select(m => m.Label));
        Assert.DoesNotContain(r.Warnings, w => w.Code is "NoProblems" or "StatedDiffers");
    }

    [Fact]
    public void The_cells_of_a_problem_table_stay_out_of_the_organisation_text()
    {
        var r = ParseDocx(ReportWithTable(["1", "落实河长制工作不到位。", "制定巡河工作规范。", "李明", "水生态环境科", "王芳", "2023年12月31日"]));

        Assert.Contains("逐项制定整改措施", r.OrganisationText);
        Assert.Contains("具体整改情况见下表", r.OrganisationText);
        Assert.DoesNotContain("河长制", r.OrganisationText);
        Assert.DoesNotContain("水生态环境科", r.OrganisationText);
        Assert.StartsWith("三、下步工作打算", r.NextStepsText);
        Assert.Equal("2024-01-15", r.PublishedDate);
    }

    [Fact]
    public void A_merged_problem_cell_gives_one_problem_with_the_measures_of_every_row()
    {
        var r = ParseDocx(ReportWithTable(
            ["1", "执法监管不严格。", "开展专项执法检查。", "李明", "执法支队", "王芳", "2023年10月31日"],
            ["^", "^", "建立执法案卷评查制度。", "李明", "法规科", "赵强", "2023年11月30日"]));

        var problem = Assert.Single(r.Problems());
        Assert.Equal(["执法支队", "法规科"], problem.Measures.Select(m => m.Unit));
        Assert.Equal(["2023年10月31日", "2023年11月30日"], problem.Measures.Select(m => m.TimeLimit));
    }

    [Fact]
    public void A_category_column_makes_the_sections_and_notes_under_the_table_are_left_out()
    {
        var r = ParseDocx(new ReportDocx().Paragraphs(Opening)
            .Table(5,
                ["问题类别", "具体问题", "整改措施", "责任单位", "整改时限"],
                ["政治建设", "学习制度执行不严。", "严格落实学习制度。", "办公室", "2023年9月30日"],
                ["^", "专题研讨走过场。", "每季度开展一次专题研讨。", "办公室", "长期坚持"],
                ["作风建设", "督查检查过多过频。", "统筹督查检查计划。", "督查科", "2023年10月31日"],
                ["注:本表由办公室汇总。"])
            .Paragraphs(Closing));

        Assert.Equal(["政治建设", "作风建设"], r.Sections.Select(s => s.Title));
        Assert.Equal([2, 1], r.Sections.Select(s => s.Problems.Count));
        Assert.Contains(r.Warnings, w => w.Code == "TableNotesOmitted");
    }

    [Fact]
    public void A_table_that_is_not_a_problem_list_is_left_out_of_the_narrative_with_a_warning()
    {
        var text = SampleReport.Text.Replace("二、反馈问题整改落实情况",
            "会议安排如下。\n时间\t地点\t参加人员\n3月5日\t三楼会议室\t局党组成员\n二、反馈问题整改落实情况");

        var r = ReportParser.Parse(text);

        Assert.Equal(3, r.Counts.Problems);
        Assert.DoesNotContain("三楼会议室", r.OrganisationText);
        Assert.Contains(r.Warnings, w => w.Code == "TableOmitted");
    }

    [Fact]
    public void A_problem_table_pasted_as_text_with_tabs_is_read_like_the_docx()
    {
        var rows = new[] { Header, ["1", "落实河长制工作不到位。", "制定巡河工作规范。", "李明", "水生态环境科", "王芳", "2023年12月31日"] };
        var text = Opening + string.Join("\n", rows.Select(r => string.Join('\t', r))) + "\n" + Closing;

        var r = ReportParser.Parse(text);

        Assert.Equal("水生态环境科", Assert.Single(r.Problems()).Measures.Single().Unit);
    }

    [Fact]
    public void A_table_longer_than_the_cap_is_read_up_to_it_with_a_chinese_warning()
    {
        var rows = Enumerable.Range(1, ReportTables.MaxRows + 5)
            .Select(i => $"{i}\t第{i}个问题表述。\t整改措施{i}。\t李明\t办公室\t王芳\t2024年6月30日");
        var text = Opening + string.Join('\t', Header) + "\n" + string.Join("\n", rows) + "\n" + Closing;

        var r = ReportParser.Parse(text);

        Assert.Equal(ReportTables.MaxRows - 1, r.Counts.Problems);
        Assert.Contains(r.Warnings, w => w.Code == "TableTruncated" && w.Message.Contains("只读取了前2000行"));
    }
}
