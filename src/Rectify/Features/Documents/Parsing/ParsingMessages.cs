namespace Rectify.Features.Documents.Parsing;

/// <summary>Every Chinese text the parser shows to a user: warning messages, places, and reading errors.</summary>
internal static class ParsingMessages
{
    public static string Line(int number) => $"第{number}行";

    public static string ChromeRemoved(int count) => $"已忽略{count}行网页或版面元素（导航、字号、分享等）";

    public static string LinesJoined(int count) => $"有{count}处断行已并入上一段，请核对段落划分";

    public static string DateRecovered(string written, string iso) => $"日期“{written}”疑有丢字，已按{iso}读取";

    public static string DateYearInferred(int year) => $"开头的日期未写年份，已按发布年份{year}年读取";

    public static string DateAmbiguous(string written) => $"日期“{written}”疑有丢字且有多种读法，未能确定";

    public static string Missing(string what) => $"未找到{what}";

    public const string Stay = "巡察（巡视）进驻时间";
    public const string Feedback = "反馈时间";
    public const string Published = "发布日期";
    public const string Title = "标题";
    public const string FeedbackPart = "反馈问题整改情况部分，未解析出问题";

    public static string IssuerInferred(string unit) => $"未找到发文单位署名，按被巡察单位“{unit}”填写";

    public static string BracketRecovered(int count, string example) =>
        $"有{count}处编号缺少左括号（如“{example}”），已按“（1）”式编号处理";

    public static string SectionEmpty(string label, string title) => $"“{label}{title}”下没有内容，原文可能被截断";

    public static string ProblemLabelSynthesized(string section, string label) =>
        $"“{section}”下的问题没有编号，已编为“{label}”";

    public static string ProblemWithoutMeasures(string label) => $"问题“{label}”未找到整改措施";

    public static string ProblemsWithoutSection => "反馈问题没有分方面或分类，已归入一个未编号的部分";

    public static string StatedDiffers(string figure, int stated, int found)
    {
        var (what, unit) = figure switch
        {
            StatedFigures.Aspects => ("问题方面", "个"),
            StatedFigures.Categories => ("问题类别", "类"),
            StatedFigures.Measures => ("整改措施", "条"),
            _ => ("具体问题", "个"),
        };
        return $"报告称{what}{stated}{unit}，实际解析出{found}{unit}";
    }

    public static string CompletionExceeds(string figure, int stated, int done) => figure == StatedFigures.Measures
        ? $"报告称整改措施共{stated}条，却称已完成{done}条，请核对"
        : $"报告称具体问题共{stated}个，却称已完成整改{done}个，请核对";

    /// <summary>A stated figure as a clerk reads it: "具体问题14个", "已完成的整改措施33条".</summary>
    public static string Stated(string key, int value)
    {
        var figure = key.Replace(StatedFigures.Done, "").Replace(StatedFigures.Ongoing, "");
        var (what, unit) = figure switch
        {
            StatedFigures.Aspects => ("问题方面", "个"),
            StatedFigures.Categories => ("问题类别", "类"),
            StatedFigures.Measures => ("整改措施", "条"),
            StatedFigures.Tasks => ("整改任务", "项"),
            _ => ("具体问题", "个"),
        };
        var state = key.EndsWith(StatedFigures.Done) ? "已完成的" : key.EndsWith(StatedFigures.Ongoing) ? "正在推进的" : "";
        return $"{state}{what}{value}{unit}";
    }

    /// <summary>"2024-03-04" as 2024年3月4日, "2020-10" as 2020年10月, nothing as 未识别.</summary>
    public static string Date(string? iso)
    {
        if (iso is null) return "未识别";
        var parts = iso.Split('-').Select(int.Parse).ToArray();
        return parts.Length == 3 ? $"{parts[0]}年{parts[1]}月{parts[2]}日" : $"{parts[0]}年{parts[1]}月";
    }

    public static string FigureRecovered(string written, string reading) => $"数字“{written}”疑有丢字，已按“{reading}”读取";

    public static string SelfExamination => "本文为问题查摆（自查）材料：只有查摆出的问题，没有整改措施";

    public static string TraditionalConverted(int count) => $"原文为繁体字，已转换为简体字后解析（共{count}字），请核对";

    public static string PinyinRemoved(int count) => $"已去掉{count}处字后括注的拼音";

    public static string TableOmitted(int rows) => $"此处的表格（{rows}行）不是问题清单，未计入正文";

    public static string TableChosen(int narrativeProblems) =>
        $"报告正文和表格都列有问题，已按表格中的问题清单导入（正文中的{narrativeProblems}个问题未导入），请核对";

    public static string TableNotesOmitted(int rows) => $"表格下方的{rows}行注释或署名不是问题，已略去";

    public static string TableRowsCapped(int rows, int max) => $"表格有{rows}行，超过{max}行的上限，只读取了前{max}行";

    public static string TableColumnsCapped(int max) => $"表格超过{max}列，只读取了前{max}列";

    public static string TableCellsCapped(int cells, int max) => $"表格中有{cells}个单元格超过{max}字，超出部分未读取";

    public const string UnsupportedFile = "不支持的文件类型：请上传 .txt（UTF-8 或 GB18030 编码）或 .docx 文件";
    public const string UnreadableDocx = "无法读取该 .docx 文件：文件已损坏或不是 Word 文档";
    public const string EmptyFile = "文件为空";

    public static string TooLong(int max) => $"文件正文超过{max / 10000}万字，不像一份整改报告，请检查文件或拆分后上传";
}
