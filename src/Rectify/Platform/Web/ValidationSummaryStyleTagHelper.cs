using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Rectify.Platform.Web;

/// <summary>
/// The framework's validation summary hides its empty placeholder with a style attribute, which the
/// Content-Security-Policy (no inline style) refuses; the placeholder is hidden with a class instead.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryStyleTagHelper : TagHelper
{
    private const string Hidden = "<li style=\"display:none\"></li>";

    /// <summary>After the framework's own helper has written the summary.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var content = output.PostContent.GetContent();
        if (content.Contains(Hidden, StringComparison.Ordinal)) output.PostContent.SetHtmlContent(content.Replace(Hidden, "<li class=\"d-none\"></li>", StringComparison.Ordinal));
    }
}
