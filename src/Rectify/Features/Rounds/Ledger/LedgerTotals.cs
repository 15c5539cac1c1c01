using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// Whether a view is too large to count at each request: on PostgreSQL, the planner's estimate of its rows (EXPLAIN, no
/// rows read) when that is above <see cref="LedgerOptions.EstimateAbove"/>. SQLite, and smaller views, are counted.
/// </summary>
public sealed class LedgerTotals(RectifyDbContext db, IOptions<LedgerOptions> options)
{
    public bool Estimates => db.Database.IsNpgsql();

    /// <summary>The estimated rows of the view when above the threshold, else null (count them).</summary>
    public async Task<int?> EstimateAboveThresholdAsync(IQueryable<Measure> measures, CancellationToken ct)
    {
        if (!Estimates) return null;
        await using var command = measures.Select(m => m.Id).CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        await db.Database.OpenConnectionAsync(ct);
        string plan;
        try
        {
            plan = (string)(await command.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        using var json = JsonDocument.Parse(plan);
        var rows = json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        return rows > options.Value.EstimateAbove ? (int)Math.Min(rows, int.MaxValue) : null;
    }
}
