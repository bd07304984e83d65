using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK text input.
/// <c>&lt;govuk-input asp-for="Input.Email" label="Email address" type="email" autocomplete="username" spellcheck="false" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>Extra classes for the label, such as <c>govuk-label--m</c>.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary>Makes the label the page's &lt;h1&gt; (GOV.UK question page pattern).</summary>
    [HtmlAttributeName("page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>text (default), email, password, number, tel, search or url.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>GOV.UK advises numeric over type="number" for numbers that are not quantities.</summary>
    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    /// <summary>Extra classes for the &lt;input&gt;, such as <c>govuk-input--width-10</c>.</summary>
    [HtmlAttributeName("class-extra")]
    public string? ClassExtra { get; set; }

    private protected override IHtmlContent RenderContent(BoundField field, string? error)
    {
        var content = new HtmlContentBuilder();
        content.AppendHtml(GovUkMarkup.Label(field.Id, Label, LabelClass, IsPageHeading));
        if (!string.IsNullOrEmpty(Hint))
        {
            content.AppendHtml(GovUkMarkup.Hint(field.HintId, Hint));
        }

        if (error is not null)
        {
            content.AppendHtml(GovUkMarkup.ErrorMessage(field.ErrorId, error));
        }

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        GovUkMarkup.AddClasses(input, ClassExtra);
        if (error is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = field.Name;
        input.Attributes["type"] = Type;
        // A password is never sent back to the browser, even when the form is re-shown with errors.
        var value = Type == "password" ? null : field.Value();
        if (!string.IsNullOrEmpty(value))
        {
            input.Attributes["value"] = value;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (!string.IsNullOrEmpty(InputMode))
        {
            input.Attributes["inputmode"] = InputMode;
        }

        var describedBy = GovUkMarkup.DescribedBy(string.IsNullOrEmpty(Hint) ? null : field.HintId, error is null ? null : field.ErrorId);
        if (describedBy is not null)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        content.AppendHtml(input);
        return content;
    }
}
