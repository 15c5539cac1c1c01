using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rectify.Platform.Backup;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Audit;

/// <summary>The restore drill: back up a working office, restore into an empty database and data folder, and find everything.</summary>
public class BackupRestoreTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_restored_copy_has_every_row_of_every_table_and_every_file_with_its_hash()
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第七巡察组反馈意见整改（备份演练）");
        var staff = await world.As("staff");
        var evidence = Ledger.Pdf;
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已组织专题学习两次", 40, ("学习记录.pdf", evidence))))
            .EnsureSuccessStatusCode();
        (await (await world.As("admin")).PostAsJsonAsync("/api/v1/admin/webhooks", new
        {
            name = "规划科钉钉群",
            kind = "DingTalk",
            url = "https://oapi.dingtalk.com/robot/send?access_token=backupdrill",
            secret = "SECbackupdrill",
            unitId = world.Planning.Id,
        })).EnsureSuccessStatusCode();
        var backup = Path.Combine(Directory.CreateTempSubdirectory("rectify-backup-").FullName, "2024-04-18");

        BackupManifest manifest;
        await using (var scope = world.Factory.Services.CreateAsyncScope())
            manifest = await scope.ServiceProvider.GetRequiredService<DataBackup>().BackupAsync(backup, CancellationToken.None);
        await using var restored = new RectifyFactory();
        restored.CreateClient().Dispose();
        await using (var scope = restored.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DataRestore>().RestoreAsync(backup, CancellationToken.None);

        Assert.Contains(manifest.Files, f => f.Path.StartsWith("files/evidence/", StringComparison.Ordinal) && f.Sha256 == Convert.ToHexStringLower(SHA256.HashData(evidence)));
        var before = await TablesAsync(world.Factory);
        var after = await TablesAsync(restored);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before) Assert.True(rows.SequenceEqual(after[table]), $"表 {table} 恢复后不同");
        Assert.Contains(before, t => t.Key == "AuditEntries" && t.Value.Count > 10);
        foreach (var (path, hash) in Files(world.Factory.DataDir)) Assert.Equal(hash, Files(restored.DataDir).GetValueOrDefault(path));
        Assert.True((await AuditAdmin.VerifyAsync(restored)).Intact);

        var office = restored.CreateClient();
        var token = await (await office.PostAsJsonAsync("/api/v1/auth/token", new { userName = "office", password = World.Password })).Content.ReadFromJsonAsync<Dictionary<string, object>>();
        office.DefaultRequestHeaders.Authorization = new("Bearer", token!["accessToken"].ToString());
        var ledger = await office.GetAsync($"/api/v1/rounds/{built.RoundId}");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.Contains("备份演练", await ledger.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_backup_with_a_changed_file_is_refused_before_anything_is_restored()
    {
        var backup = Path.Combine(Directory.CreateTempSubdirectory("rectify-backup-").FullName, "damaged");
        await using (var scope = world.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DataBackup>().BackupAsync(backup, CancellationToken.None);
        var file = Directory.GetFiles(Path.Combine(backup, DataBackup.DatabaseFolder)).First();
        await File.AppendAllTextAsync(file, "x");
        await using var restored = new RectifyFactory();
        restored.CreateClient().Dispose();

        await using var target = restored.Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            target.ServiceProvider.GetRequiredService<DataRestore>().RestoreAsync(backup, CancellationToken.None));
        Assert.StartsWith("备份不完整，未恢复：备份文件 database/", refused.Message);
        Assert.Empty((await TablesAsync(restored)).Where(t => t.Key != "__EFMigrationsHistory").SelectMany(t => t.Value));
    }

    private static Dictionary<string, string> Files(string dataDir) =>
        Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith("rectify.db", StringComparison.Ordinal))
            .ToDictionary(p => Path.GetRelativePath(dataDir, p), p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))));

    /// <summary>Every table's rows as text, sorted: what a restore must give back exactly.</summary>
    private static async Task<Dictionary<string, List<string>>> TablesAsync(RectifyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = db.IsPostgres
            ? await PostgresTables.TablesInOrderAsync((NpgsqlConnection)connection, CancellationToken.None)
            : await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'");
        var result = new Dictionary<string, List<string>>();
        foreach (var table in tables) result[table] = (await ListAsync(connection, $"SELECT * FROM \"{table}\"")).Order(StringComparer.Ordinal).ToList();
        return result;
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToHexString(bytes),
                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString(),
            })));
        return rows;
    }
}
