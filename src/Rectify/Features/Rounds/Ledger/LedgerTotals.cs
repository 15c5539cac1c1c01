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
    /// <remarks>
    /// Sent through EF, so that the request's statements count and time it (Server-Timing), and tagged like the search it
    /// estimates (<see cref="PlanPerRun"/>): each run's text is its own, never one of the connection's prepared statements.
    /// </remarks>
    public async Task<int?> EstimateAboveThresholdAsync(IQueryable<Measure> measures, CancellationToken ct)
    {
        if (!Estimates) return null;
        await using var command = measures.Select(m => m.Id).CreateDbCommand();
        const string tag = PlanPerRun.Comment;
        var query = command.CommandText.StartsWith(tag, StringComparison.Ordinal) ? command.CommandText[tag.Length..] : command.CommandText;
        var parameters = command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (object)((ICloneable)p).Clone()).ToArray();
        // EF's own statement for the view, its values still parameters.
        var explain = tag + "\nEXPLAIN (FORMAT JSON) " + query.TrimStart();
        var plan = (await db.Database.SqlQueryRaw<string>(explain, parameters).ToListAsync(ct)).Single();
        using var json = JsonDocument.Parse(plan);
        var rows = json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        return rows > options.Value.EstimateAbove ? (int)Math.Min(rows, int.MaxValue) : null;
    }
}
