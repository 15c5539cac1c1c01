using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Text;
using C = Rectify.Features.Appeals.Hotline.HotlineColumns;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// Reads and checks every row under a hotline sheet's header, collecting every error with its cell and value (a phone
/// quoted masked), as the ledger import does: empty or too long texts, a credit code whose check character is wrong, a call
/// time no rule reads or later than now, a category that is none of ours, a unit outside the office's scope, a 工单编号
/// given twice. Blank rows are passed over; a row with an error yields no record.
/// </summary>
public sealed class HotlineRows(SheetGrid grid, HotlineHeader header, Func<string, Guid?> unitOf, DateTimeOffset now)
{
    public const int RecordNoLength = 64;

    private readonly List<ImportError> errors = [];
    private readonly List<HotlineRecord> records = [];
    private readonly Dictionary<string, int> seen = [];
    private int row;

    public IReadOnlyList<ImportError> Errors => errors;
    public IReadOnlyList<HotlineRecord> Records => records;
    /// <summary>Rows under the header that hold anything.</summary>
    public int RowCount { get; private set; }

    public HotlineRows Read()
    {
        for (row = header.Row + 1; row <= grid.LastRow; row++)
        {
            if (header.IsBlank(grid, row)) continue;
            RowCount++;
            var before = errors.Count;
            var record = ReadRow();
            if (errors.Count == before) records.Add(record);
        }
        return this;
    }

    private HotlineRecord ReadRow()
    {
        var recordNo = Required(C.RecordNo, RecordNoLength);
        if (recordNo.Length > 0 && !seen.TryAdd(recordNo, row))
            Refuse(C.RecordNo, string.Format(AppealErrors.HotlineRecordTwice, seen[recordNo]));
        var calledAt = CalledAt();
        var enterprise = Required(C.Enterprise, 200);
        var code = Text(C.CreditCode);
        var creditCode = code.Length == 0 ? null : CreditCode.Normalize(code);
        if (code.Length > 0 && creditCode is null) Refuse(C.CreditCode, AppealErrors.CreditCodeInvalid);
        var contact = Required(C.ContactName, 50);
        var phone = Text(C.ContactPhone);
        if (phone.Length == 0) Refuse(C.ContactPhone, string.Format(AppealErrors.HotlineEmpty, C.ContactPhone));
        else if (!Appeal.IsPhone(phone)) Refuse(C.ContactPhone, AppealErrors.ContactPhoneInvalid, ContactMask.Phone(phone));
        var categoryText = Text(C.Category);
        var category = HotlineCategories.Read(categoryText);
        if (category is null) Refuse(C.Category, AppealErrors.HotlineUnknownCategory);
        var text = Required(C.Text, 4000);
        var unitName = Text(C.Unit);
        var unitId = unitName.Length == 0 ? null : unitOf(unitName);
        if (unitName.Length > 0 && unitId is null) Refuse(C.Unit, AppealErrors.HotlineUnknownUnit);
        return new HotlineRecord(row, recordNo, calledAt ?? now, enterprise, creditCode, contact, phone, category ?? AppealCategory.Other, text,
            unitId, unitName.Length == 0 ? null : unitName);
    }

    private DateTimeOffset? CalledAt()
    {
        var text = Text(C.CalledAt);
        if (text.Length == 0)
        {
            Refuse(C.CalledAt, string.Format(AppealErrors.HotlineEmpty, C.CalledAt));
            return null;
        }
        var at = HotlineTimes.Read(text);
        if (at is null) Refuse(C.CalledAt, AppealErrors.HotlineBadTime);
        else if (at > now) Refuse(C.CalledAt, AppealErrors.HotlineTimeInFuture);
        return at;
    }

    private string Required(string field, int maxLength)
    {
        var text = Text(field);
        if (text.Length == 0) Refuse(field, string.Format(AppealErrors.HotlineEmpty, field));
        else if (text.Length > maxLength) Refuse(field, string.Format(AppealErrors.HotlineTooLong, field, maxLength));
        return text;
    }

    private string Text(string field) => header.Text(grid, row, field).Trim();

    /// <summary>An error led by its cell, and by the cell's value unless the cell is empty: E7单元格“91370…”：….</summary>
    private void Refuse(string field, string message, string? shown = null)
    {
        errors.Add(new ImportError(grid.Name, row, field, SheetErrors.AtCell(header.CellName(row, field), shown ?? Text(field), message, quoted: 20)));
    }
}
