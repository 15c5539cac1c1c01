using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Calendar;
using Rectify.Platform.Text;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// What a hotline sheet holds or what its import did: the header row and the column each field came from, the counts
/// (rows, new, imported before, rows with errors, written, assigned), every error, and the first rows with contacts masked.
/// </summary>
public sealed record HotlineImportResult(
    int HeaderRow, IReadOnlyList<HotlineColumn> Columns, int Rows, int New, int AlreadyImported, int RowsWithErrors,
    bool Written, int Imported, int Assigned, IReadOnlyList<ImportError> Errors, IReadOnlyList<HotlinePreviewRow> Preview)
{
    public const int PreviewRows = 200;

    public static HotlineImportResult Of(HotlineReading reading, bool written = false, int imported = 0, int assigned = 0)
    {
        var columns = HotlineColumns.Fields.Select(f => reading.Header.Columns.TryGetValue(f, out var c)
            ? new HotlineColumn(f, SheetPreview.Letter(c)) : new HotlineColumn(f, null)).ToList();
        var preview = reading.Records.Take(PreviewRows).Select(r => HotlinePreviewRow.Of(r, reading.AlreadyImported.Contains(r.RecordNo))).ToList();
        return new HotlineImportResult(reading.Header.Row, columns, reading.Rows, reading.New.Count(), reading.Records.Count - reading.New.Count(),
            reading.RowsWithErrors, written, imported, assigned, reading.Errors, preview);
    }
}

/// <summary>A field and the column letter it is read from (null: not in the sheet).</summary>
public sealed record HotlineColumn(string Field, string? Letter);

/// <summary>A good row as the clerk checks it before importing: contact and phone masked as in lists.</summary>
public sealed record HotlinePreviewRow(
    int Row, string RecordNo, string CalledAt, string Enterprise, string? CreditCode, string Contact, string Phone, string Category,
    string Title, string? Unit, bool AlreadyImported)
{
    public static HotlinePreviewRow Of(HotlineRecord r, bool imported) => new(r.Row, r.RecordNo, r.CalledAt.ToChinese(), r.Enterprise, r.CreditCode,
        ContactMask.Name(r.ContactName), ContactMask.Phone(r.ContactPhone), r.Category.Label(), r.Title, r.UnitName, imported);
}
