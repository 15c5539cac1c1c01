using System.Text;
using System.Text.Encodings.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// A bulletin as HTML for the web: a whole page for the public portal, or the article alone for the preview. The
/// fonts are those of the .docx, with the fonts readers are likely to have as fallbacks.
/// </summary>
public static class BulletinHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    public const string Css = """
        .bulletin { max-width: 42em; margin: 0 auto; font-family: "仿宋_GB2312", "FangSong_GB2312", FangSong, STFangsong, "AR PL SungtiL GB", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.8; color: #000; }
        .bulletin h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: bold; text-align: center; line-height: 1.4; margin: 0 0 1em; }
        .bulletin p, .bulletin h2, .bulletin h3, .bulletin h4 { text-indent: 2em; margin: 0; font-size: 16pt; text-align: justify; }
        .bulletin h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
        .bulletin h3 { font-family: "楷体_GB2312", "KaiTi_GB2312", KaiTi, STKaiti, "AR PL KaitiM GB", "AR PL UKai CN", serif; font-weight: normal; }
        .bulletin h4 { font-weight: bold; }
        .bulletin .signature { text-align: right; text-indent: 0; margin-top: 2em; padding-right: 4em; }
        .bulletin .date { text-align: right; text-indent: 0; padding-right: 4em; }
        """;

    /// <summary>A whole HTML page.</summary>
    public static string Page(Bulletin bulletin)
    {
        var enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{enc.Encode(bulletin.Title)}</title>
            <style>
            {Css}
            </style>
            </head>
            <body>
            {Article(bulletin)}
            </body>
            </html>
            """;
    }

    /// <summary>The bulletin alone, in an article element of class "bulletin"; with <paramref name="editLink"/>, a link to rewrite each paragraph the office may.</summary>
    public static string Article(Bulletin bulletin, Func<string, string>? editLink = null)
    {
        var enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var sb = new StringBuilder("<article class=\"bulletin\">\n");
        foreach (var p in bulletin.Paragraphs)
        {
            var text = enc.Encode(p.Text);
            sb.Append(p.Style switch
            {
                BulletinStyle.Title => $"<h1>{string.Join("<br>", BulletinComposer.TitleLines(p.Text).Select(enc.Encode))}</h1>",
                BulletinStyle.Heading1 => $"<h2>{text}</h2>",
                BulletinStyle.Heading2 => $"<h3>{text}</h3>",
                BulletinStyle.Heading3 => $"<h4>{text}</h4>",
                BulletinStyle.Signature => $"<p class=\"signature\">{text}</p>",
                BulletinStyle.Date => $"<p class=\"date\">{text}</p>",
                _ when p.Key is { } key && editLink is not null =>
                    $"<p data-key=\"{enc.Encode(key)}\">{text} <a class=\"bulletin-edit\" href=\"{enc.Encode(editLink(key))}\">改写</a></p>",
                _ => $"<p>{text}</p>",
            }).Append('\n');
        }
        return sb.Append("</article>").ToString();
    }
}
