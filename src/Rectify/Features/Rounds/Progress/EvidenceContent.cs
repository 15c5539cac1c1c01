using System.Net.Mime;
using Microsoft.Net.Http.Headers;
using Rectify.Platform.Files;

namespace Rectify.Features.Rounds.Progress;

/// <summary>
/// An evidence file as served: PDF, JPEG and PNG open in the browser (inline) so reviewers can read them in place, every
/// other type downloads. The type is the one proven from the file's content on upload (a PDF without scripts, an image
/// decoded to its end), nosniff keeps the browser to it, and no other type (HTML, SVG) is ever shown inline. The name is
/// sent cleaned (RFC 5987, with an ASCII fallback).
/// </summary>
public sealed record EvidenceContent(Stream Content, string FileName, string ContentType)
{
    private static readonly HashSet<string> Previewable = [FileSignature.Pdf.ContentType, FileSignature.Jpeg.ContentType, FileSignature.Png.ContentType];

    public bool Inline => Previewable.Contains(ContentType);

    /// <summary>Sets the headers on the response and gives the type to send; the caller sends the stream without a download name.</summary>
    public string PrepareResponse(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(Inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment)
        {
            FileName = AsciiFallback(FileName),
            FileNameStar = FileNames.Clean(FileName, 255),
        }.ToString();
        return Inline ? ContentType : MediaTypeNames.Application.Octet;
    }

    private static string AsciiFallback(string name)
    {
        var ascii = new string(FileNames.Clean(name, 255).Select(c => char.IsAscii(c) && !char.IsControl(c) && c != '"' && c != '\\' ? c : '_').ToArray());
        return $"\"{ascii}\"";
    }
}
