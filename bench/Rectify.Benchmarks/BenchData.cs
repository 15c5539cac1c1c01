using Npgsql;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.Benchmarks;

/// <summary>Ids the scenarios need, read from the generated database: rounds with their sizes, a city department, staff's measures, the city office's rounds.</summary>
public sealed record BenchData(IReadOnlyList<(Guid Id, int Measures)> Rounds, Guid CityDepartment, IReadOnlyList<Guid> StaffMeasures, IReadOnlyList<Guid> CityRounds)
{
    /// <summary>The month before this one (2026-11): the appeal rates' usual reading.</summary>
    public string LastMonth { get; } = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM");

    /// <summary>The <c>after=</c> cursors of the province office's page 100 (50 rows a page), in the outline, the time-limit and the last-change order.</summary>
    public string OutlinePage100 { get; init; } = "";
    public string TimeLimitPage100 { get; init; } = "";
    public string ChangedPage100 { get; init; } = "";

    public static async Task<BenchData> LoadAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var rounds = new List<(Guid, int)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT "RoundId", count(*)::int FROM "Measure" GROUP BY "RoundId" ORDER BY "RoundId" LIMIT 20
            OFFSET (SELECT LEAST(100, GREATEST(0, count(*) - 20)) FROM "Round")
            """, db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) rounds.Add((reader.GetGuid(0), reader.GetInt32(1)));
        }
        await using var department = new NpgsqlCommand(
            """
            SELECT u."Id" FROM "Units" u JOIN "AspNetUsers" a ON a."UnitId" = u."ParentId"
            WHERE a."UserName" = 'city1-office' ORDER BY u."SortOrder" LIMIT 1
            """, db);
        var cityDepartment = (Guid)(await department.ExecuteScalarAsync())!;
        var measures = new List<Guid>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT m."Id" FROM "Measure" m JOIN "AspNetUsers" a ON a."UnitId" = m."ResponsibleUnitId"
            WHERE a."UserName" = 'staff1' AND m."Status" IN ('InProgress', 'NotStarted') ORDER BY m."Id" LIMIT 200
            """, db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) measures.Add(reader.GetGuid(0));
        }
        var cityRounds = new List<Guid>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT r."Id" FROM "Round" r JOIN "Units" u ON u."Id" = r."InspectedUnitId"
            WHERE u."Path" LIKE (SELECT c."Path" FROM "Units" c JOIN "AspNetUsers" a ON a."UnitId" = c."Id" WHERE a."UserName" = 'city1-office') || '%'
            ORDER BY r."Id" LIMIT 20
            """, db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) cityRounds.Add(reader.GetGuid(0));
        }
        // The last row of page 99 (the province office sees every round), keyed as the ledger keys its pages (LedgerPages).
        await using var outline = new NpgsqlCommand(
            """
            SELECT m."Id", m."RoundId", p."SortKey", m."SortOrder" FROM "Measure" m
            JOIN "Problem" p ON p."Id" = m."ProblemId" JOIN "Round" r ON r."Id" = m."RoundId"
            ORDER BY r."CreatedAt", r."Id", p."SortKey", m."SortOrder", m."Id" OFFSET 4949 LIMIT 1
            """, db);
        string outlineCursor;
        await using (var reader = await outline.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            outlineCursor = new LedgerCursor(LedgerCursor.Kind.Outline, reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3)).Encode();
        }
        await using var byLimit = new NpgsqlCommand("""SELECT "Id", "TimeLimit" FROM "Measure" ORDER BY "TimeLimit", "Id" OFFSET 4949 LIMIT 1""", db);
        string limitCursor;
        await using (var reader = await byLimit.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            limitCursor = new LedgerCursor(LedgerCursor.Kind.TimeLimit, reader.GetGuid(0),
                TimeLimit: reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1)).Encode();
        }
        await using var byChange = new NpgsqlCommand("""SELECT "Id", "ChangedAt" FROM "Measure" ORDER BY "ChangedAt" DESC, "Id" DESC OFFSET 4949 LIMIT 1""", db);
        string changeCursor;
        await using (var reader = await byChange.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            changeCursor = new LedgerCursor(LedgerCursor.Kind.Changed, reader.GetGuid(0), ChangedAt: reader.GetFieldValue<DateTimeOffset>(1)).Encode();
        }
        return new BenchData(rounds, cityDepartment, measures, cityRounds)
        {
            OutlinePage100 = outlineCursor, TimeLimitPage100 = limitCursor, ChangedPage100 = changeCursor,
        };
    }
}
