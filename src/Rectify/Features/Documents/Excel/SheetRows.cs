using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using H = Rectify.Features.Documents.Excel.SheetHeader;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Reads and checks every row under the header, collecting every error rather than stopping at the first, each quoting
/// its cell and value. Category rows spanning the table become the section path of the rows under them; footnote and
/// signature rows below the table are left out and listed. Units are found by name, short name or alias among the
/// units the office may assign; a row with errors yields no line.
/// </summary>
public sealed class SheetRows(SheetGrid grid, SheetHeader header, Func<string, Guid?> unitOf, List<ImportError> errors)
{
    /// <summary>Told of each row as it is checked: the row's number, rows checked, rows in all.</summary>
    public Action<int, int, int>? OnRow { get; init; }

    /// <summary>Split "一是…；二是…" cells into measures: null splits those that begin with 一是 and hold 二是.</summary>
    public bool? SplitNumbered { get; init; }

    public List<LeftOutRow> LeftOut { get; } = [];

    private static readonly MeasureKind[] Kinds = Enum.GetValues<MeasureKind>();
    private readonly List<(int Level, string Text)> categories = [];

    public List<SheetLine> Read()
    {
        var lines = new List<SheetLine>();
        var total = Math.Max(0, grid.LastRow - header.Row);
        var (below, gap, measures) = (false, false, 0);
        for (var row = header.Row + 1; row <= grid.LastRow; row++)
        {
            OnRow?.Invoke(row, row - header.Row, total);
            var text = SheetRowKinds.RowText(grid, row);
            if (text.Length == 0) { gap = true; continue; }
            // Below the table everything is left out: a footnote starts it, or, after a blank gap, a row that is no measure.
            below = below || SheetRowKinds.IsFootnote(text);
            if (!below && !header.IsExport && SheetRowKinds.Category(grid, row, header.FirstColumn) is { } category
                && (!gap || SheetRowKinds.IsLabelled(category)))
            {
                Enter(category);
                gap = false;
                continue;
            }
            below = below || (gap && measures > 0 && (Text(row, H.Problem).Length == 0 || Text(row, H.Measure).Length == 0));
            if (below) { LeftOut.Add(new LeftOutRow(row, text)); continue; }
            if (header.IsBlank(grid, row)) { gap = true; continue; }
            (gap, measures) = (false, measures + 1);
            var before = errors.Count;
            var read = Lines(row);
            if (errors.Count == before) lines.AddRange(read);
        }
        if (lines.Count == 0 && errors.Count == 0) errors.Add(new ImportError(grid.Name, header.Row, "", DocumentsErrors.NoMeasures));
        return lines;
    }

    /// <summary>A category replaces those at its level and below: (一) goes under 一、, the next (一)-style one beside it.</summary>
    private void Enter(string category)
    {
        var level = SheetRowKinds.Level(category);
        categories.RemoveAll(c => c.Level >= level);
        categories.Add((level, category.Replace('/', '／')));
    }

    private IEnumerable<SheetLine> Lines(int row)
    {
        var problem = Required(row, H.Problem, SheetErrors.ProblemEmpty, 1000);
        var measure = Required(row, H.Measure, SheetErrors.MeasureEmpty, 20000);
        var section = Section(row);
        var kind = Kind(row, out var limit);
        var units = Units(row);
        var template = new MeasureImport("", measure, kind, units.Responsible,
            Name(row, H.LeadLeader), Name(row, H.ResponsibleLeader), units.Cooperating, Name(row, H.ResponsiblePerson), limit);
        var progress = SheetProgress.Read(Text(row, H.Progress), Text(row, H.Completion));
        var parts = SplitNumbered ?? !header.IsExport ? MeasureSplit.Split(measure) : [measure];
        return parts.Select(part => new SheetLine(row, Text(row, H.Number), section, problem, template with { Text = part },
            MeasureRef.Parse(Text(row, H.Id)))
        { Progress = progress, SplitOf = parts.Count });
    }

    private string Section(int row)
    {
        var column = Text(row, H.Section).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (column.Any(p => p.Length > 1000)) Error(row, H.Section, string.Format(SheetErrors.TooLong, H.Section, 1000));
        var above = categories.Select(c => c.Text).ToList();
        var path = above.Count > 0 && column.FirstOrDefault() == above[^1] ? above.Concat(column.Skip(1)) : above.Concat(column);
        return string.Join("/", path);
    }

    /// <summary>
    /// The kind from 措施类型 when the sheet has it, else from 完成时限: a date is 限期整改, 长期坚持 long-term, 立行立改 or
    /// nothing immediate. The two columns must not disagree.
    /// </summary>
    private MeasureKind Kind(int row, out DateOnly? date)
    {
        var limit = SheetDates.Read(Text(row, H.TimeLimit));
        date = limit.Date;
        if (!limit.Readable) Error(row, H.TimeLimit, SheetErrors.BadTimeLimit);
        var text = Text(row, H.Kind);
        var stated = Kinds.Where(k => k.Label() == text).Select(k => (MeasureKind?)k).FirstOrDefault();
        if (text.Length > 0 && stated is null) Error(row, H.Kind, SheetErrors.UnknownKind);
        var kind = stated ?? limit.Kind ?? MeasureKind.Immediate;
        if (stated is { } s && limit is { Kind: { } said, Date: null } && said != s)
            Error(row, H.TimeLimit, string.Format(SheetErrors.KindDisagrees, Text(row, H.TimeLimit), text));
        else if (kind == MeasureKind.Dated && date is null && limit.Readable) Error(row, H.TimeLimit, SheetErrors.DatedNeedsTimeLimit);
        else if (kind == MeasureKind.LongTerm && date is not null) Error(row, H.TimeLimit, SheetErrors.LongTermHasNoTimeLimit);
        if (kind == MeasureKind.LongTerm) date = null;
        return kind;
    }

    /// <summary>The 责任单位 cell may name several units (the first responsible); the 配合单位 column adds to the rest.</summary>
    private (Guid? Responsible, List<Guid> Cooperating) Units(int row)
    {
        var named = SheetUnits.Read(Text(row, H.ResponsibleUnit));
        var others = SheetUnits.Read(Text(row, H.CooperatingUnits));
        var cooperating = named.Cooperating.Concat(others.Responsible is { } first ? [first] : []).Concat(others.Cooperating).Distinct().ToList();
        if (named.Responsible is null && Text(row, H.ResponsibleUnit).Length > 0) Error(row, H.ResponsibleUnit, SheetErrors.NoResponsibleUnit);
        var responsible = named.Responsible is { } name ? Unit(row, H.ResponsibleUnit, name) : null;
        var ids = new List<Guid>();
        foreach (var other in cooperating.Where(n => n != named.Responsible))
        {
            var column = named.Cooperating.Contains(other) ? H.ResponsibleUnit : H.CooperatingUnits;
            if (Unit(row, column, other) is { } id && id != responsible && !ids.Contains(id)) ids.Add(id);
        }
        return (responsible, ids);
    }

    private Guid? Unit(int row, string column, string name)
    {
        var id = unitOf(name);
        if (id is null) Error(row, column, Text(row, column) == name ? SheetErrors.UnknownUnitInCell : string.Format(SheetErrors.UnknownUnit, name));
        return id;
    }

    private string? Name(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length > 50) Error(row, column, string.Format(SheetErrors.TooLong, column, 50));
        return text.Length == 0 ? null : text;
    }

    private string Required(int row, string column, string whenEmpty, int max)
    {
        var text = Text(row, column);
        if (text.Length == 0) Error(row, column, whenEmpty);
        else if (text.Length > max) Error(row, column, string.Format(SheetErrors.TooLong, column, max));
        return text;
    }

    private string Text(int row, string column) => header.Text(grid, row, column);

    /// <summary>Every message names its cell and quotes what the cell holds (cut at 40 characters).</summary>
    private void Error(int row, string column, string message)
    {
        errors.Add(new ImportError(grid.Name, row, column, SheetErrors.AtCell(header.CellName(row, column), Text(row, column), message, quoted: 40)));
    }
}
