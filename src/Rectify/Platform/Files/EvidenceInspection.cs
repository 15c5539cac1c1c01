using Microsoft.Extensions.Options;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// Everything an evidence file must pass before it is stored, in order: a kind its name and first bytes agree on, a
/// package within the archive limits, content that parses as its kind with nothing active in it, and the virus scan.
/// </summary>
public sealed class EvidenceInspection(IOptions<RectifyOptions> options, ClamAvScanner scanner)
{
    /// <summary>The file's kind, or a refusal saying why; the stream (seekable) is left at its start.</summary>
    public async Task<FileSignature.Kind> InspectAsync(Stream content, string fileName, string refusedType, CancellationToken ct)
    {
        var limits = options.Value.Files;
        var extensionKind = FileSignature.Allowed.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()));
        if (extensionKind?.RequiredZipEntry is not null && StartsWithZip(content)) ArchiveGuard.Check(content, limits);
        var kind = FileSignature.Detect(content, fileName) ?? throw RuleViolation.Invalid(refusedType);
        if (kind == FileSignature.Pdf) PdfCheck.Check(content);
        else if (kind == FileSignature.Jpeg || kind == FileSignature.Png) ImageCheck.Check(content, kind);
        else if (kind == FileSignature.Docx || kind == FileSignature.Xlsx) OfficeCheck.Check(content);
        content.Position = 0;
        await scanner.ScanAsync(content, ct);
        return kind;
    }

    private static bool StartsWithZip(Stream content)
    {
        Span<byte> head = stackalloc byte[4];
        content.Position = 0;
        var zip = content.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\u0003\u0004"u8);
        content.Position = 0;
        return zip;
    }
}
