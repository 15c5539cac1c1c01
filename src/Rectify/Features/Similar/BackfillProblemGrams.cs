using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

/// <summary>
/// On start, indexes problems that have no grams yet (a database from before this feature, or rows written around
/// EF); does nothing once every problem is indexed. A batch at a time, each in its own transaction.
/// </summary>
public sealed class BackfillProblemGrams(RectifyDbContext db, ILogger<BackfillProblemGrams> log) : IDatabaseSeeder
{
    private const int BatchSize = 2000;

    public async Task SeedAsync(CancellationToken ct)
    {
        // A title of punctuation or filler words alone has no grams; remembered so that it is not read again.
        var empty = new List<Guid>();
        var total = 0;
        while (true)
        {
            var skip = empty.ToArray();
            var batch = await db.Set<Problem>().AsNoTracking()
                .Where(p => !db.Set<ProblemGram>().Any(g => g.ProblemId == p.Id) && !skip.Contains(p.Id))
                .Take(BatchSize)
                .Select(p => new ProblemGramWriter.Text(p.Id, p.Title, p.Feedback)).ToListAsync(ct);
            if (batch.Count == 0) break;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await ProblemGramWriter.WriteAsync(db, batch, replace: false, ct);
                await transaction.CommitAsync(ct);
            }
            total += batch.Count;
            empty.AddRange(batch.Where(p => ChineseGrams.OfProblem(p.Title, p.Feedback).Count == 0).Select(p => p.ProblemId));
        }
        if (total > 0) log.LogInformation("Indexed the grams of {Count} problems for 举一反三", total);
    }
}
