using System.Text.Json;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Mappings;

/// <summary>
/// A column mapping an office saved under a name to import its own sheets again; it belongs to the office's unit and
/// every office whose scope holds that unit may use and change it.
/// </summary>
public sealed class SheetMapping : IVersioned
{
    private SheetMapping() { }

    public SheetMapping(Guid unitId, string name, ColumnMapping mapping, SheetMappingKind kind)
    {
        Id = Guid.CreateVersion7();
        UnitId = unitId;
        Kind = kind.Name;
        Update(name, mapping, kind);
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    /// <summary>What the mapping feeds (<see cref="SheetMappingKind"/>): ledger, hotline; names are unique per unit and kind.</summary>
    public string Kind { get; private set; } = SheetMappingKind.LedgerName;
    public string Name { get; private set; } = "";
    public int HeaderRow { get; private set; }
    /// <summary>Field → column letter or header text, as JSON: {"具体问题":"C","整改措施":"措施"}.</summary>
    public string Columns { get; private set; } = "{}";
    public int Version { get; set; }

    public ColumnMapping ToMapping() =>
        new(HeaderRow, JsonSerializer.Deserialize<Dictionary<string, string>>(Columns) ?? []);

    public void Update(string name, ColumnMapping mapping, SheetMappingKind kind)
    {
        if (kind.Name != Kind) throw RuleViolation.Invalid(DocumentsErrors.MappingKindUnknown);
        if (string.IsNullOrWhiteSpace(name)) throw RuleViolation.Invalid(DocumentsErrors.MappingNameRequired);
        if (name.Trim().Length > 50) throw RuleViolation.Invalid(DocumentsErrors.MappingNameTooLong);
        if (mapping.HeaderRow < 0) throw RuleViolation.Invalid(DocumentsErrors.HeaderRowOutside);
        var columns = mapping.Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
        if (columns.Keys.FirstOrDefault(f => !kind.Fields.Contains(f)) is { } unknown)
            throw RuleViolation.Invalid(string.Format(DocumentsErrors.UnknownField, unknown));
        if (kind.Required.FirstOrDefault(f => !columns.ContainsKey(f)) is { } missing)
            throw RuleViolation.Invalid(string.Format(DocumentsErrors.MappingMissing, missing));
        Name = name.Trim();
        HeaderRow = mapping.HeaderRow;
        Columns = JsonSerializer.Serialize(columns, Json);
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
