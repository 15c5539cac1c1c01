namespace Rectify.Features.Supervision.Dispatches;

/// <summary>A kept dispatch as .xlsx or .docx, for the API and the page's download buttons.</summary>
public sealed class DispatchDownloads(DispatchQuery query)
{
    public const string XlsxType = Documents.Excel.XlsxPackage.ContentType;
    public const string DocxType = Documents.Bulletins.BulletinDocx.ContentType;

    public async Task<(byte[] Content, string ContentType, string FileName)> RenderAsync(Guid id, string format, CancellationToken ct)
    {
        var dispatch = await query.GetAsync(id, ct);
        using var output = new MemoryStream();
        if (format == "xlsx")
        {
            DispatchXlsx.Write(dispatch, output);
            return (output.ToArray(), XlsxType, $"{dispatch.Title}.xlsx");
        }
        var document = DispatchComposer.Compose(dispatch);
        DispatchDocx.Write(document, output);
        return (output.ToArray(), DocxType, document.FileName("docx"));
    }
}
