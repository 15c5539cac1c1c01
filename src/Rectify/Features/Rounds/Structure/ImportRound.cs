using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Structure;

/// <summary>
/// Creates a round with its whole tree: all of it or none. Callers that act for a user check the office's scope first
/// (the upload page does; the demo seeder acts as the system). Up to <see cref="BatchSize"/> measures go in one
/// SaveChanges; a larger round is written in batches inside one transaction, the change tracker emptied after each,
/// so that a 100,000-measure sheet does not hold every entity, its snapshot and its audit entry at once.
/// </summary>
public sealed class ImportRound(RectifyDbContext db, RoundOutline outline, WorkingDayCalendar calendar, TimeProvider time)
{
    public const int BatchSize = 5000;

    public async Task<Guid> HandleAsync(RoundImport import, CancellationToken ct)
    {
        var round = new Round(import.Details, time.GetUtcNow())
        {
            OrganisationText = import.OrganisationText,
            NextStepsText = import.NextStepsText,
            ContactText = import.ContactText,
            ImportNotes = import.Notes is { Count: > 0 } notes ? string.Join("\n", notes) : null,
        };
        round.ImportedFrom(import.SourceHash);
        db.Add(round);
        var measures = new List<Measure>();
        AddSections(round.Id, null, import.Sections, measures);
        AddProblems(round.Id, null, import.Problems, measures);
        await outline.RecomputeAsync(round.Id, renumber: false, ct);
        if (measures.Count <= BatchSize)
        {
            db.AddRange(measures);
            db.AddRange(measures.SelectMany(ProgressOf));
            await db.SaveChangesAsync(ct);
            return round.Id;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var batch in measures.Chunk(BatchSize))
        {
            db.ChangeTracker.Clear();
            db.AddRange(batch);
            db.AddRange(batch.SelectMany(ProgressOf));
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(ct);
        return round.Id;
    }

    private void AddSections(Guid roundId, Section? parent, IReadOnlyList<SectionImport> sections, List<Measure> measures)
    {
        var labels = new List<string>();
        foreach (var s in sections)
        {
            var section = outline.AddSection(roundId, parent, labels, s.LevelName, s.Label, s.Title);
            AddSections(roundId, section, s.Sections, measures);
            AddProblems(roundId, section.Id, s.Problems, measures);
        }
    }

    private readonly Dictionary<Guid, ProgressUpdate> progress = [];

    private void Record(Measure measure, ImportedProgress reported)
    {
        var today = time.Today();
        measure.RecordProgress(reported.Text, reported.Percent, today, today);
        progress[measure.Id] = new ProgressUpdate(measure.Id, reported.Text, reported.Percent, today, reported.ReportedById,
            reported.ReportedBy, time.GetUtcNow());
    }

    private IEnumerable<ProgressUpdate> ProgressOf(Measure measure) =>
        progress.TryGetValue(measure.Id, out var update) ? [update] : [];

    /// <summary>Problems and measures keep the labels the source states, none included: only a null label is numbered.</summary>
    private void AddProblems(Guid roundId, Guid? sectionId, IReadOnlyList<ProblemImport> problems, List<Measure> measures)
    {
        var labels = new List<string>();
        foreach (var p in problems)
        {
            var problem = outline.AddProblem(roundId, sectionId, labels, p.Label, p.Title, p.Feedback);
            var measureLabels = new List<string>();
            foreach (var m in p.Measures)
            {
                // The entity's rule without the form's editor: the import acts as the system or for an office already checked, in bulk.
                var measure = Measure.AddTo(roundId, problem.Id, measureLabels, m.Label, m.Text, m.Kind);
                measureLabels.Add(measure.Label);
                measure.AssignResponsibility(new MeasureResponsibility(m.LeadLeader, null, m.ResponsibleLeader, null,
                    m.ResponsibleUnitId, m.CooperatingUnitIds ?? [], m.ResponsiblePerson, null));
                if (m.TimeLimit is { } limit) measure.SetTimeLimit(null, limit, calendar);
                if (m.Progress is { } reported) Record(measure, reported);
                measures.Add(measure);
            }
        }
    }
}
