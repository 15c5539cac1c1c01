using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Platform.Backup;

/// <summary>
/// `restore DIR`: checks the manifest (every hash) before touching anything, then fills an empty database of the
/// same schema version and copies the files back into the data folder. It refuses a database that holds any rows.
/// </summary>
public sealed class DataRestore(RectifyDbContext db, IOptions<RectifyOptions> options, IHostEnvironment host)
{
    public async Task<BackupManifest> RestoreAsync(string dir, CancellationToken ct)
    {
        dir = Path.GetFullPath(dir);
        var manifest = await BackupManifest.ReadAsync(dir, ct);
        if (await manifest.CheckAsync(dir, ct) is { } problem) throw new InvalidOperationException($"备份不完整，未恢复：{problem}");
        if (manifest.Provider != options.Value.Database.Provider)
            throw new InvalidOperationException($"备份来自 {manifest.Provider} 数据库，不能恢复到 {options.Value.Database.Provider}");
        var latest = db.Database.GetMigrations().Last();
        if (manifest.Migration != latest) throw new InvalidOperationException($"备份的数据库版本 {manifest.Migration} 与本程序的 {latest} 不同，请用同一版本恢复");
        await DatabaseStartup.MigrateAsync(db, ct);
        var connectionString = db.Database.GetConnectionString()!;
        var database = Path.Combine(dir, DataBackup.DatabaseFolder);
        if (db.IsPostgres)
        {
            if (await PostgresTables.CountRowsAsync(connectionString, ct) > 0) throw new InvalidOperationException(NotEmpty);
            await PostgresTables.LoadAsync(connectionString, database, ct);
        }
        else
        {
            RestoreSqlite(Path.Combine(database, DataBackup.SqliteFile), connectionString);
        }
        DataBackup.CopyFiles(Path.Combine(dir, DataBackup.FilesFolder), options.Value.ResolveDataDir(host.ContentRootPath));
        return manifest;
    }

    private const string NotEmpty = "目标数据库已有数据，恢复只能写入新建的空数据库";

    private static void RestoreSqlite(string backup, string connectionString)
    {
        using var target = new SqliteConnection(connectionString);
        target.Open();
        if (SqliteRows(target) > 0) throw new InvalidOperationException(NotEmpty);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        source.Open();
        source.BackupDatabase(target);
        using var wal = target.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    private static long SqliteRows(SqliteConnection connection)
    {
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader()) while (reader.Read()) names.Add(reader.GetString(0));
        long rows = 0;
        foreach (var name in names)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{name}\"";
            rows += (long)count.ExecuteScalar()!;
        }
        return rows;
    }
}
