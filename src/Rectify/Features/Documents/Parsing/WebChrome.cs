using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>Recognises lines that belong to the web page or newspaper layout rather than to the report.</summary>
internal static partial class WebChrome
{
    private static readonly HashSet<string> Words =
    [
        "首页", "评论", "分享", "Top", "TOP", "top", "返回顶部", "打印", "关闭", "收藏", "打印本页", "关闭窗口",
        "分享到", "文章正文", "正文", "展开通版", "收缩通版", "通版阅读请点击", "【打印】", "【关闭】", "扫一扫",
        "上一篇", "下一篇", "相关链接", "责任编辑", "纠错", "字号", "大", "中", "小",
    ];

    [GeneratedRegex(@"^日期[:]\s*\d|浏览量[:]|字体大小|字号[:]?\s*[\[【]?大|\[大\]\s*\[中\]\s*\[小\]|【大】|^\(?(来源|发布时间|发布日期|浏览次数|点击数|访问量|作者|当前版|成文日期|信息来源)(:|$)|版权所有|技术支持|ICP备|主办单位[:]|^当前位置[:]|^您当前的位置")]
    private static partial Regex PatternRx();

    [GeneratedRegex(@"[,。;:!?“”]")]
    private static partial Regex SentencePunctuationRx();

    [GeneratedRegex(@"^(信息索引号|索引号|文件名称|发布机构|发文机关|成文日期|发布日期|公开方式|公开范围|主题分类|发文字号|文号|有效性|日期|浏览量|浏览次数|分享|朗读|来源)[:]?$")]
    private static partial Regex MetadataLabelRx();

    /// <summary>A label of the page's metadata table whose value stands alone on the next line.</summary>
    public static bool IsMetadataLabel(string line) => MetadataLabelRx().IsMatch(line.Trim());

    /// <summary>
    /// The value under a metadata label: short, and for a date label (发布日期:) a date, so that a headline printed
    /// under an empty 发布日期 stays the headline.
    /// </summary>
    public static bool IsMetadataValue(string label, string line) =>
        line.Length <= 40 && (!(label.Contains("日期") || label.Contains("时间")) || line.Any(c => char.IsAsciiDigit(c) || c is '〇' or '年'));

    public static bool IsChrome(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return false;
        if (Words.Contains(t.TrimEnd(':')) || PatternRx().IsMatch(t) || IsMetadataLabel(t)) return true;
        return IsNavigationBar(t);
    }

    // A bar of short links: several space-separated words and no sentence punctuation.
    private static bool IsNavigationBar(string t)
    {
        var tokens = t.Split([' ', '\u3000', '|', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 3 && tokens.All(w => w.Length <= 12) && !SentencePunctuationRx().IsMatch(t)
            && !DateFinder.FindAll(t).Any();
    }
}
