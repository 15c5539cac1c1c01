using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Rectify.Platform.Web.Idempotency;

/// <summary>
/// Gives every form that posts a fresh key, so that a second submit of the same form (a double click, a reload that
/// posts again) is answered with the first result instead of creating the thing twice.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class IdempotencyKeyTagHelper : TagHelper
{
    public const string FieldName = "__IdempotencyKey";

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase)) return;
        output.PostContent.AppendHtml($"<input name=\"{FieldName}\" type=\"hidden\" value=\"{Guid.NewGuid():N}\" />");
    }
}
