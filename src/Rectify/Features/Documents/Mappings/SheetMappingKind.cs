using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Documents.Mappings;

/// <summary>
/// What a saved mapping maps a sheet to: the ledger (this feature's fields) or another feature's import (the 12345 hotline's
/// records, registered by Appeals). A mapping names only its kind's fields and gives every required one.
/// </summary>
public sealed record SheetMappingKind(string Name, IReadOnlyList<string> Fields, IReadOnlyList<string> Required)
{
    public const string LedgerName = "ledger";

    public static readonly SheetMappingKind Ledger = new(LedgerName, [.. SheetHeader.Fields, SheetHeader.Id], SheetHeader.MappingRequired);
}

/// <summary>Every kind the app knows, as the features registered them.</summary>
public sealed class SheetMappingKinds(IEnumerable<SheetMappingKind> kinds)
{
    public SheetMappingKind Get(string? name)
    {
        var wanted = string.IsNullOrWhiteSpace(name) ? SheetMappingKind.LedgerName : name.Trim();
        return kinds.FirstOrDefault(k => k.Name == wanted) ?? throw Platform.Web.RuleViolation.Invalid(DocumentsErrors.MappingKindUnknown);
    }
}
