using System.ComponentModel.DataAnnotations;

namespace Rectify.Platform.Files;

/// <summary>
/// "Rectify:Files": what an uploaded file may hold before it is refused. The defaults let through the app's own
/// 100,000-measure export (19 MB, about 150 MB inflated) and a 3,000-page report, and nothing an order larger.
/// </summary>
public sealed class FilesOptions
{
    /// <summary>Parts in one .xlsx/.docx/.ofd package; a real workbook or report has a few dozen.</summary>
    [Range(10, 1_000_000)] public int MaxEntries { get; set; } = 10_000;

    /// <summary>All parts of a package together, inflated.</summary>
    [Range(1024 * 1024, 4L * 1024 * 1024 * 1024)] public long MaxInflatedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Inflated to compressed size of one part, past the first 100 KB (XML compresses 5–20 times, a bomb thousands).</summary>
    [Range(10, 100_000)] public int MaxRatio { get; set; } = 100;

    /// <summary>Filled rows of a ledger sheet.</summary>
    [Range(10, 1_048_576)] public int MaxRows { get; set; } = 100_000;

    /// <summary>Columns of a ledger sheet (the export has 17).</summary>
    [Range(10, 16_384)] public int MaxColumns { get; set; } = 256;

    /// <summary>Characters in one cell: Excel's own limit.</summary>
    [Range(100, 1_000_000)] public int MaxCellCharacters { get; set; } = 32_767;

    /// <summary>Cells a sheet may fill, merged regions included.</summary>
    [Range(1000, 100_000_000)] public int MaxCells { get; set; } = 5_000_000;

    /// <summary>Characters of a whole sheet.</summary>
    [Range(1000, 500_000_000)] public long MaxSheetCharacters { get; set; } = 50_000_000;

    /// <summary>Characters of a report (.txt or .docx): about 3,000 pages.</summary>
    [Range(1000, 100_000_000)] public int MaxReportCharacters { get; set; } = 2_000_000;

    /// <summary>Longest display name kept for an evidence file, in characters.</summary>
    [Range(20, 255)] public int MaxNameLength { get; set; } = 100;

    /// <summary>clamd's address (host:port): every evidence file is scanned before it is stored; unset, none is.</summary>
    public string? ClamAv { get; set; }

    [Range(1, 600)] public int ClamAvTimeoutSeconds { get; set; } = 60;
}
