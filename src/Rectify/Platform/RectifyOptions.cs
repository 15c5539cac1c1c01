using System.ComponentModel.DataAnnotations;

namespace Rectify.Platform;

/// <summary>The "Rectify" section: every setting has a default that runs with no configuration.</summary>
public sealed class RectifyOptions
{
    public const string Section = "Rectify";

    /// <summary>Holds the SQLite file and the evidence store; relative to the content root.</summary>
    [Required] public string DataDir { get; set; } = "data";

    /// <summary>Demo accounts and the seed rounds; on for the README's run command, off in production settings.</summary>
    public bool Demo { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public UploadOptions Uploads { get; set; } = new();

    public DocumentOptions Documents { get; set; } = new();

    public SupervisionOptions Supervision { get; set; } = new();

    public DashboardOptions Dashboard { get; set; } = new();

    public string ResolveDataDir(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, DataDir));
}

public sealed class DatabaseOptions
{
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Rectify:Database:Provider 只能是 Sqlite 或 Postgres")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty for SQLite means {DataDir}/rectify.db.</summary>
    public string? ConnectionString { get; set; }

    public bool MigrateOnStart { get; set; } = true;
}

public sealed class UploadOptions
{
    [Range(1024, 2L * 1024 * 1024 * 1024)] public long MaxBytes { get; set; } = 50L * 1024 * 1024;
}

public sealed class DocumentOptions
{
    /// <summary>LibreOffice's soffice for PDF; empty means found on the PATH or where Debian installs it.</summary>
    public string? Soffice { get; set; }

    [Range(5, 600)] public int PdfTimeoutSeconds { get; set; } = 120;
}

public sealed class SupervisionOptions
{
    /// <summary>Recompute the measures' stored warnings at start and daily; tests turn it off and run it themselves.</summary>
    public bool RefreshWarnings { get; set; } = true;
}

public sealed class DashboardOptions
{
    /// <summary>Count every round for the dashboard at start and just after midnight, China time; tests turn it off.</summary>
    public bool KeepCounts { get; set; } = true;
}
