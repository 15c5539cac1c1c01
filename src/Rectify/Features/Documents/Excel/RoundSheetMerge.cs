using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Merges a sheet's checked lines into a round in one SaveChanges. A line is the round's measure named by its 编号
/// (the export's id), else the one with the same problem and measure text (whitespace and punctuation ignored);
/// a changed measure goes through <see cref="MeasureEditor"/> like a form edit, so units, names, time limits and the
/// audit are the same. A line edited from an outdated export is refused rather than overwriting the newer edit.
/// Other lines become new measures, under problems and sections found by their text or created.
/// </summary>
public sealed class RoundSheetMerge(RectifyDbContext db, MeasureEditor editor, RoundOutline outline)
{
    public async Task<SheetImportResult> ApplyAsync(Round round, SheetLines sheetLines, ImportProgress progress, CancellationToken ct)
    {
        var (sheet, lines, fields) = (sheetLines.Sheet, sheetLines.Lines, sheetLines.Fields);
        var measures = await db.Set<Measure>().Include(m => m.CooperatingUnits).Where(m => m.RoundId == round.Id)
            .OrderBy(m => m.SortOrder).ToListAsync(ct);
        var tree = await RoundTree.LoadAsync(db, outline, round.Id, ct);
        var byText = measures.ToLookup(m => RoundTree.Key(tree.TitleOf(m.ProblemId), m.Text));
        var byId = measures.ToDictionary(m => m.Id);
        var labels = measures.GroupBy(m => m.ProblemId).ToDictionary(g => g.Key, g => g.Select(m => m.Label).ToList());
        var before = measures.Count;
        var (touched, errors) = (new HashSet<Guid>(), new List<ImportError>());
        var (updated, added, unchanged) = (0, 0, 0);

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            progress.Report(ImportProgress.Writing, i, lines.Count);
            var (label, text) = LabelledText.TrySplit(line.Measure.Text);
            var problemTitle = LabelledText.TrySplit(line.Problem).Text;
            var measure = line.Ref is { } r && byId.TryGetValue(r.Id, out var named) ? named
                : byText[RoundTree.Key(problemTitle, text)].FirstOrDefault(m => !touched.Contains(m.Id));
            try
            {
                if (measure is null)
                {
                    measures.Add(await AddAsync(round, tree, labels, line, label, text, ct));
                    added++;
                }
                else if (!touched.Add(measure.Id)) Refuse(errors, sheet, line, DocumentsErrors.MeasureTwice);
                else if (MeasureChange.IsSame(measure, label, text, MeasureChange.Stated(measure, line.Measure, fields))) unchanged++;
                else if (line.Ref is { } seen && seen.Id == measure.Id && seen.Version < measure.Version)
                    Refuse(errors, sheet, line, string.Format(DocumentsErrors.StaleMeasure, seen.Version, measure.Version));
                else
                {
                    await editor.ApplyAsync(measure, round, MeasureChange.Input(measure, label, text, MeasureChange.Stated(measure, line.Measure, fields)), ct);
                    updated++;
                }
            }
            catch (RuleViolation refused)
            {
                Refuse(errors, sheet, line, refused.Message);
            }
        }
        if (errors.Count > 0) throw new ImportErrors(errors);

        progress.Report(ImportProgress.Writing, lines.Count, lines.Count);
        if (tree.Grew) await outline.RecomputeAsync(round.Id, renumber: false, ct);
        await db.SaveChangesAsync(ct);
        var left = measures.Take(before).Where(m => !touched.Contains(m.Id))
            .Select(m => new MeasureNotInSheet(m.Id, tree.TitleOf(m.ProblemId), m.Label + m.Text)).ToList();
        return new SheetImportResult(round.Id, updated, added, unchanged, left.Count, left)
        {
            SplitRows = sheetLines.Split.Rows,
            SplitMeasures = sheetLines.Split.Measures,
            LeftOut = sheetLines.LeftOut,
        };
    }

    /// <summary>A new measure under the line's problem, labelled by its cell or else numbered after the problem's measures.</summary>
    private async Task<Measure> AddAsync(Round round, RoundTree tree, Dictionary<Guid, List<string>> labels, SheetLine line,
        string? label, string text, CancellationToken ct)
    {
        var problem = tree.Problem(line.Section, line.Problem);
        if (!labels.TryGetValue(problem.Id, out var siblings)) labels[problem.Id] = siblings = [];
        return await editor.AddAsync(round, problem.Id, siblings, MeasureChange.Input(label, text, line.Measure), ct);
    }

    private static void Refuse(List<ImportError> errors, string sheet, SheetLine line, string message) =>
        errors.Add(new ImportError(sheet, line.Row, SheetHeader.Measure, message));
}
