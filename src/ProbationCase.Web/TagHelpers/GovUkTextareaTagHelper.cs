using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK textarea.
/// <c>&lt;govuk-textarea asp-for="Input.Notes" label="Contact notes" hint="Do not include..." rows="8" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("page-heading")]
    public bool IsPageHeading { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

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

        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea");
        GovUkMarkup.AddClasses(textarea, ClassExtra);
        if (error is not null)
        {
            textarea.AddCssClass("govuk-textarea--error");
        }

        textarea.Attributes["id"] = field.Id;
        textarea.Attributes["name"] = field.Name;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        var describedBy = GovUkMarkup.DescribedBy(string.IsNullOrEmpty(Hint) ? null : field.HintId, error is null ? null : field.ErrorId);
        if (describedBy is not null)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        // Browsers drop a newline straight after <textarea>; this one keeps a value's own leading newline.
        textarea.InnerHtml.AppendLine();
        textarea.InnerHtml.Append(field.Value() ?? "");
        content.AppendHtml(textarea);
        return content;
    }
}
