using System.ComponentModel.DataAnnotations;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

public sealed record ImportLedgerSheetInput(
    Guid InspectedUnitId, string? Title, string? InspectingBody, DateOnly? FeedbackDate, RoundKind Kind = RoundKind.Patrol, bool AllowDuplicate = false);

/// <summary>
/// The office imports a ledger sheet (the export's layout, or its own through a mapping) as a new round. Every row is
/// checked and every error returned at once; nothing is written unless the whole sheet is valid. A progress or status
/// column becomes each measure's progress, reported by the importing clerk; a measure reported done gets 100% and waits
/// for its evidence and review (an import never closes one). A sheet already imported (the same file), or a title the
/// inspected unit's rounds already carry, is refused with that round unless the office chose to go on.
/// </summary>
public sealed class ImportLedgerSheet(RectifyDbContext db, UserScope user, LedgerSheetReader reader, ImportRound import, DuplicateRounds duplicates)
{
    public async Task<SheetImportResult> HandleAsync(Stream xlsx, ImportLedgerSheetInput input, ColumnMapping? mapping, ImportProgress progress, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        var details = new RoundDetailsInput(input.Kind, input.Title?.Trim() ?? "", null, null, input.InspectingBody?.Trim() ?? "",
            input.InspectedUnitId, null, null, input.FeedbackDate);
        var refusals = new List<ValidationResult>();
        if (!Validator.TryValidateObject(details, new ValidationContext(details), refusals, validateAllProperties: true))
            throw RuleViolation.Invalid(refusals[0].ErrorMessage ?? PlatformErrors.BadRequest);
        var sourceHash = xlsx.CanSeek ? DuplicateRounds.HashOf(xlsx) : null;
        await duplicates.RefuseAsync(scope, RoundSource.Sheet, sourceHash, details.Title, details.InspectedUnitId, input.AllowDuplicate, ct);

        var sheet = await reader.ReadAsync(xlsx, mapping, scope, progress, ct);
        var lines = sheet.Lines.Select(l => l.Progress is { } p
            ? l with { Measure = l.Measure with { Progress = new ImportedProgress(p.Text, p.Percent, scope.UserId, Reporter(scope)) } }
            : l).ToList();
        progress.Report(ImportProgress.Writing, lines.Count, lines.Count);
        var (sections, problems) = SheetTree.Build(lines, numberUnlabelled: !sheet.FromExport);
        var id = await import.HandleAsync(new RoundImport(details, null, null, null, sections, problems, SourceHash: sourceHash), ct);
        return new SheetImportResult(id, 0, lines.Count, 0, 0, [])
        {
            NewRound = true,
            Sections = Count(sections),
            Problems = problems.Count + sections.Sum(CountProblems),
            SplitRows = sheet.Split.Rows,
            SplitMeasures = sheet.Split.Measures,
            WithProgress = lines.Count(l => l.Progress is not null),
            ReportedDone = lines.Count(l => l.Progress is { Done: true }),
            LeftOut = sheet.LeftOut,
        };
    }

    private static string Reporter(ScopeData scope) => scope.FullName.Length > 50 ? scope.FullName[..50] : scope.FullName;

    private static int Count(IReadOnlyList<SectionImport> sections) => sections.Count + sections.Sum(s => Count(s.Sections));

    private static int CountProblems(SectionImport section) => section.Problems.Count + section.Sections.Sum(CountProblems);
}
