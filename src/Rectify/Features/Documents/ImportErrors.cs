using Rectify.Platform.Web;

namespace Rectify.Features.Documents;

/// <summary>A sheet refused as a whole: every error found, so the clerk fixes them all before uploading again.</summary>
public sealed class ImportErrors(IReadOnlyList<ImportError> errors)
    : RuleViolation(string.Format(DocumentsErrors.SheetHasErrors, errors.Count), StatusCodes.Status422UnprocessableEntity)
{
    public IReadOnlyList<ImportError> Items { get; } = errors;

    public override IReadOnlyList<object>? Errors => Items;
}
