using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Platform.Backup;

/// <summary>
/// `backup DIR`: the database (SQLite through its online backup API; PostgreSQL as binary COPY files of one snapshot)
/// and every file of the data folder (evidence, issued bulletins, keys), with a manifest of SHA-256 per file.
/// </summary>
public sealed class DataBackup(RectifyDbContext db, IOptions<RectifyOptions> options, IHostEnvironment host, TimeProvider time)
{
    public const string DatabaseFolder = "database";
    public const string FilesFolder = "files";
    public const string SqliteFile = "rectify.db";

    public async Task<BackupManifest> BackupAsync(string dir, CancellationToken ct)
    {
        dir = Path.GetFullPath(dir);
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any()) throw new InvalidOperationException($"备份目录 {dir} 不是空目录");
        PrivateFiles.CreateDirectory(dir);
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).Last();
        var database = Path.Combine(dir, DatabaseFolder);
        PrivateFiles.CreateDirectory(database);
        var connectionString = db.Database.GetConnectionString()!;
        if (db.IsPostgres) await PostgresTables.DumpAsync(connectionString, database, ct);
        else BackupSqlite(connectionString, Path.Combine(database, SqliteFile));
        CopyFiles(DataDir, Path.Combine(dir, FilesFolder), skip: dir);
        return await BackupManifest.DescribeAsync(dir, options.Value.Database.Provider, migration, time.GetUtcNow(), ct);
    }

    private string DataDir => options.Value.ResolveDataDir(host.ContentRootPath);

    private static void BackupSqlite(string connectionString, string target)
    {
        using var source = new SqliteConnection(connectionString);
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
        source.Open();
        copy.Open();
        source.BackupDatabase(copy);
        using var rollback = copy.CreateCommand();
        rollback.CommandText = "PRAGMA journal_mode=DELETE;";
        rollback.ExecuteNonQuery();
        PrivateFiles.Restrict(target);
    }

    /// <summary>Every file under the data folder but the live SQLite files (and the backup itself, if placed inside).</summary>
    public static void CopyFiles(string from, string to, string? skip = null)
    {
        if (!Directory.Exists(from)) return;
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (skip is not null && path.StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(from, path);
            if (relative.StartsWith(SqliteFile, StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            PrivateFiles.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target, overwrite: true);
            PrivateFiles.Restrict(target);
        }
    }
}
