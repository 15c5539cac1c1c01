namespace Rectify.Features.Appeals;

/// <summary>Rectify:Appeals — the tiers' time limits and the rating window (all in working days), and who receives public appeals.</summary>
public sealed class AppealOptions
{
    public const string Section = "Rectify:Appeals";

    /// <summary>一般问题快速办理.</summary>
    public int GeneralDays { get; set; } = 3;
    /// <summary>难点问题会商办理.</summary>
    public int DifficultDays { get; set; } = 10;
    /// <summary>Working days after the checked reply goes out before a missing rating is recorded as 未评价.</summary>
    public int RatingWindowDays { get; set; } = 5;
    /// <summary>临期: at most this many working days left, today counted.</summary>
    public int DueSoonDays { get; set; } = 1;
    /// <summary>The short name of the unit whose office receives appeals from the public form; none: the top unit of the tree.</summary>
    public string? PublicUnit { get; set; }
    /// <summary>Files a clerk or a unit may attach at once (each up to Rectify:Uploads:MaxBytes).</summary>
    public int MaxFiles { get; set; } = 10;
    /// <summary>Files the public form takes: an enterprise's scans and photos, not an archive.</summary>
    public int PublicMaxFiles { get; set; } = 3;
    /// <summary>Largest file on the public form (5 MB).</summary>
    public long PublicMaxFileBytes { get; set; } = 5L * 1024 * 1024;
}
