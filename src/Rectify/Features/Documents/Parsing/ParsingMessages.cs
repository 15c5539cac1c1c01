namespace Rectify.Features.Documents.Parsing;

/// <summary>Every Chinese text the parser shows to a user: warning messages, places, and reading errors.</summary>
internal static class ParsingMessages
{
    public static string Line(int number) => $"第{number}行";

    public static string ChromeRemoved(int count) => $"已忽略{count}行网页或版面元素(导航、字号、分享等)";

    public static string LinesJoined(int count) => $"有{count}处断行已并入上一段,请核对段落划分";

    public static string DateRecovered(string written, string iso) => $"日期“{written}”疑有丢字,已按{iso}读取";

    public static string DateYearInferred(int year) => $"开头的日期未写年份,已按发布年份{year}年读取";

    public static string DateAmbiguous(string written) => $"日期“{written}”疑有丢字且有多种读法,未能确定";

    public static string Missing(string what) => $"未找到{what}";

    public const string Stay = "巡察(巡视)进驻时间";
    public const string Feedback = "反馈时间";
    public const string Published = "发布日期";
    public const string Title = "标题";
    public const string FeedbackPart = "反馈问题整改情况部分,未解析出问题";

    public static string IssuerInferred(string unit) => $"未找到发文单位署名,按被巡察单位“{unit}”填写";

    public static string BracketRecovered(int count, string example) =>
        $"有{count}处编号缺少左括号(如“{example}”),已按“(1)”式编号处理";

    public static string SectionEmpty(string label, string title) => $"“{label}{title}”下没有内容,原文可能被截断";

    public static string ProblemLabelSynthesized(string section, string label) =>
        $"“{section}”下的问题没有编号,已编为“{label}”";

    public static string ProblemWithoutMeasures(string label) => $"问题“{label}”未找到整改措施";

    public static string ProblemsWithoutSection => "反馈问题没有分方面或分类,已归入一个未编号的部分";

    public static string StatedDiffers(string figure, int stated, int found)
    {
        var (what, unit) = figure switch
        {
            StatedFigures.Aspects => ("问题方面", "个"),
            StatedFigures.Categories => ("问题类别", "类"),
            StatedFigures.Measures => ("整改措施", "条"),
            _ => ("具体问题", "个"),
        };
        return $"报告称{what}{stated}{unit},实际解析出{found}{unit}";
    }

    public static string FigureRecovered(string written, string reading) => $"数字“{written}”疑有丢字,已按“{reading}”读取";

    public static string SelfExamination => "本文为问题查摆(自查)材料:只有查摆出的问题,没有整改措施";

    public const string UnsupportedFile = "不支持的文件类型:请上传 .txt(UTF-8 或 GB18030 编码)或 .docx 文件";
    public const string UnreadableDocx = "无法读取该 .docx 文件:文件已损坏或不是 Word 文档";
    public const string EmptyFile = "文件为空";
}
