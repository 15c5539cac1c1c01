using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

/// <summary>
/// Writes problems' grams with plain multi-row INSERTs, bypassing the change tracker: a 30,000-problem import adds a
/// million grams, which tracked entities would hold in memory at once. Runs in the caller's transaction.
/// </summary>
public static class ProblemGramWriter
{
    // SQLite binds parameters by name at a cost that grows with their number; 300 per statement keeps it linear.
    private const int RowsPerStatement = 150;

    public sealed record Text(Guid ProblemId, string Title, string? Feedback);

    public static async Task WriteAsync(RectifyDbContext db, IReadOnlyCollection<Text> problems, bool replace, CancellationToken ct)
    {
        if (problems.Count == 0) return;
        if (replace)
        {
            foreach (var chunk in problems.Select(p => p.ProblemId).Chunk(500))
                await db.Set<ProblemGram>().Where(g => chunk.Contains(g.ProblemId)).ExecuteDeleteAsync(ct);
        }
        var table = db.Model.FindEntityType(typeof(ProblemGram))!.GetTableName();
        var rows = problems.SelectMany(p => ChineseGrams.OfProblem(p.Title, p.Feedback).Select(g => (p.ProblemId, Gram: g)));
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var tuples = Enumerable.Range(0, chunk.Length).Select(i => $"({{{2 * i}}}, {{{2 * i + 1}}})");
            var sql = $"INSERT INTO \"{table}\" (\"ProblemId\", \"Gram\") VALUES {string.Join(", ", tuples)}";
            var values = chunk.SelectMany(r => new object[] { r.ProblemId, r.Gram }).ToArray();
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }
}
