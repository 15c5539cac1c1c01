using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Documents.Mappings;

/// <summary>
/// A mapping to save: its name, the header's row and field → column letter or header text; the version seen when editing;
/// its kind (ledger when left out, hotline for 12345 records).
/// </summary>
public sealed record SheetMappingInput(string? Name, int HeaderRow, IReadOnlyDictionary<string, string>? Columns, int? Version = null, string? Kind = null)
{
    public ColumnMapping ToMapping() => new(HeaderRow, Columns ?? new Dictionary<string, string>());
}

public sealed record SheetMappingDetails(Guid Id, string Name, int HeaderRow, IReadOnlyDictionary<string, string> Columns, int Version, string Kind);
