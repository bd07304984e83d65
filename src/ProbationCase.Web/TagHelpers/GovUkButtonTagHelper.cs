using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK button. A submit button unless <c>href</c> is given, when it is a link styled as a
/// button. Other attributes (name, value, formaction...) pass through.
/// <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c>
/// <c>&lt;govuk-button variant="secondary" href="/Officer"&gt;Cancel&lt;/govuk-button&gt;</c>
/// <c>&lt;govuk-button variant="warning" prevent-double-click="true"&gt;Terminate order&lt;/govuk-button&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    /// <summary>secondary, warning or inverse; omit for the primary (green) button.</summary>
    [HtmlAttributeName("variant")]
    public string? Variant { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary>submit (default) or button.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    /// <summary>Ignores a second click within a second, for actions that must not happen twice.</summary>
    [HtmlAttributeName("prevent-double-click")]
    public bool PreventDoubleClick { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = "govuk-button" + (string.IsNullOrEmpty(Variant) ? "" : $" govuk-button--{Variant}");
        var existing = output.Attributes["class"]?.Value?.ToString();
        output.Attributes.SetAttribute("class", string.IsNullOrEmpty(existing) ? classes : $"{classes} {existing}");
        output.Attributes.SetAttribute("data-module", "govuk-button");

        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        output.Attributes.SetAttribute("type", Type);
        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
