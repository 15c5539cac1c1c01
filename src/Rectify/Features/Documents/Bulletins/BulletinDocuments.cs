using Rectify.Platform.Calendar;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>A round's bulletin as of a date (today unless given), in each of its formats.</summary>
public sealed class BulletinDocuments(BulletinQuery query, PdfConverter pdf, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf", "html"];

    public async Task<Bulletin> ComposeAsync(Guid roundId, DateOnly? date, CancellationToken ct)
    {
        var asOf = date ?? time.Today();
        return BulletinComposer.Compose(await query.HandleAsync(roundId, asOf, ct), asOf);
    }

    public async Task<(byte[] Content, string ContentType, string FileName)> RenderAsync(Guid roundId, string format, DateOnly? date,
        CancellationToken ct) => await RenderAsync(await ComposeAsync(roundId, date, ct), format, ct);

    public async Task<(byte[] Content, string ContentType, string FileName)> RenderAsync(Bulletin bulletin, string format, CancellationToken ct)
    {
        switch (format)
        {
            case "docx":
                using (var docx = new MemoryStream())
                {
                    BulletinDocx.Write(bulletin, docx);
                    return (docx.ToArray(), BulletinDocx.ContentType, bulletin.FileName("docx"));
                }
            case "pdf":
                return (await pdf.ConvertAsync(s => BulletinDocx.Write(bulletin, s), ct), "application/pdf", bulletin.FileName("pdf"));
            case "html":
                return (System.Text.Encoding.UTF8.GetBytes(BulletinHtml.Page(bulletin)), BulletinHtml.ContentType, bulletin.FileName("html"));
            default:
                throw new Platform.Web.NotFoundException(BulletinErrors.UnknownFormat);
        }
    }
}
