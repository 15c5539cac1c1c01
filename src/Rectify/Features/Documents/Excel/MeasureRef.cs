using System.Globalization;

namespace Rectify.Features.Documents.Excel;

/// <summary>A measure as the export's hidden 编号 column names it: "guid:version".</summary>
public sealed record MeasureRef(Guid Id, int Version)
{
    public static string Format(Guid id, int version) => $"{id}:{version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The reference in a cell, or null when the cell holds none (a user's own sheet, an added row).</summary>
    public static MeasureRef? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var id)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new MeasureRef(id, version) : null;
    }
}
