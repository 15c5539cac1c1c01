using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using H = Rectify.Features.Documents.Excel.SheetHeader;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Reads and checks every row under the header, collecting every error rather than stopping at the first.
/// Units are found by name, short name or alias among the units the office may assign; a row with errors yields no line.
/// </summary>
public sealed class SheetRows(SheetGrid grid, SheetHeader header, Func<string, Guid?> unitOf, List<ImportError> errors)
{
    /// <summary>Told of each row as it is checked: the row's number, rows checked, rows in all.</summary>
    public Action<int, int, int>? OnRow { get; init; }

    private static readonly char[] UnitSeparators = ['、', ',', ',', ';', ';', '\n'];
    private static readonly MeasureKind[] Kinds = Enum.GetValues<MeasureKind>();

    public List<SheetLine> Read()
    {
        var lines = new List<SheetLine>();
        var total = Math.Max(0, grid.LastRow - header.Row);
        for (var row = header.Row + 1; row <= grid.LastRow; row++)
        {
            OnRow?.Invoke(row, row - header.Row, total);
            if (header.IsBlank(grid, row)) continue;
            var before = errors.Count;
            var line = Line(row);
            if (errors.Count == before) lines.Add(line);
        }
        if (lines.Count == 0 && errors.Count == 0) errors.Add(new ImportError(grid.Name, header.Row, "", DocumentsErrors.NoMeasures));
        return lines;
    }

    private SheetLine Line(int row)
    {
        var problem = Required(row, H.Problem, DocumentsErrors.ProblemEmpty, 1000);
        var measure = Required(row, H.Measure, DocumentsErrors.MeasureEmpty, 20000);
        var section = Text(row, H.Section);
        if (section.Split('/').Any(p => p.Trim().Length > 1000)) Error(row, H.Section, TooLong(H.Section, 1000));
        var kind = Kind(row);
        return new SheetLine(row, Text(row, H.Number), section, problem, new MeasureImport(
            "", measure, kind ?? MeasureKind.Immediate, ResponsibleUnit(row),
            Name(row, H.LeadLeader), Name(row, H.ResponsibleLeader), CooperatingUnits(row), Name(row, H.ResponsiblePerson),
            TimeLimit(row, kind)), MeasureRef.Parse(Text(row, H.Id)));
    }

    private MeasureKind? Kind(int row)
    {
        if (!header.Has(H.Kind)) return KindOfTimeLimit(Text(row, H.TimeLimit));
        var text = Text(row, H.Kind);
        foreach (var kind in Kinds)
            if (kind.Label() == text) return kind;
        Error(row, H.Kind, DocumentsErrors.UnknownKind);
        return null;
    }

    /// <summary>A user's sheet without 措施类型: a date means 限期整改, 长期坚持 means long-term, nothing means 立行立改.</summary>
    private static MeasureKind KindOfTimeLimit(string text) =>
        text.Length == 0 ? MeasureKind.Immediate : SheetDates.IsNone(text) ? MeasureKind.LongTerm : MeasureKind.Dated;

    private DateOnly? TimeLimit(int row, MeasureKind? kind)
    {
        var text = Text(row, H.TimeLimit);
        var date = SheetDates.IsNone(text) ? null : SheetDates.Parse(text);
        if (!SheetDates.IsNone(text) && date is null) Error(row, H.TimeLimit, DocumentsErrors.BadDate);
        else if (kind == MeasureKind.Dated && date is null) Error(row, H.TimeLimit, DocumentsErrors.DatedNeedsTimeLimit);
        else if (kind == MeasureKind.LongTerm && date is not null) Error(row, H.TimeLimit, DocumentsErrors.LongTermHasNoTimeLimit);
        return kind == MeasureKind.LongTerm ? null : date;
    }

    private Guid? ResponsibleUnit(int row)
    {
        var name = Text(row, H.ResponsibleUnit);
        if (name.Length == 0) return null;
        var id = unitOf(name);
        if (id is null) Error(row, H.ResponsibleUnit, string.Format(DocumentsErrors.UnknownResponsibleUnit, name));
        return id;
    }

    private List<Guid> CooperatingUnits(int row)
    {
        var ids = new List<Guid>();
        foreach (var name in Text(row, H.CooperatingUnits).Split(UnitSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (unitOf(name) is { } id) ids.Add(id);
            else Error(row, H.CooperatingUnits, string.Format(DocumentsErrors.UnknownCooperatingUnit, name));
        }
        return ids;
    }

    private string? Name(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length > 50) Error(row, column, TooLong(column, 50));
        return text.Length == 0 ? null : text;
    }

    private string Required(int row, string column, string whenEmpty, int max)
    {
        var text = Text(row, column);
        if (text.Length == 0) Error(row, column, whenEmpty);
        else if (text.Length > max) Error(row, column, TooLong(column, max));
        return text;
    }

    private string Text(int row, string column) => header.Text(grid, row, column);

    private static string TooLong(string column, int max) => string.Format(DocumentsErrors.TooLong, column, max);

    private void Error(int row, string column, string message) => errors.Add(new ImportError(grid.Name, row, column, message));
}
