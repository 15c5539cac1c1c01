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

    /// <summary>The one stylesheet of bulletins on screen: wwwroot/css/bulletin.css, embedded for the standalone page.</summary>
    public static readonly string Css = ReadCss();

    private static string ReadCss()
    {
        using var stream = typeof(BulletinHtml).Assembly.GetManifestResourceStream("Rectify.bulletin.css")
            ?? throw new InvalidOperationException("bulletin.css is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }

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
