using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// A GOV.UK form component bound to a model property with <c>asp-for</c>. It renders the
/// component's form group, and its error message and error styling from ModelState.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Hint text under the label or legend.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For is null)
        {
            throw new InvalidOperationException($"<{output.TagName}> needs asp-for.");
        }

        var field = BoundField.For(ViewContext, For);
        var error = ErrorMessageFor(field);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-form-group", HtmlEncoder.Default);
        if (error is not null)
        {
            output.AddClass("govuk-form-group--error", HtmlEncoder.Default);
        }

        output.Content.SetHtmlContent(RenderContent(field, error));
    }

    /// <summary>The message to show against the field, or null when it has no error.</summary>
    private protected virtual string? ErrorMessageFor(BoundField field) => field.ErrorMessage();

    /// <summary>The form group's content: label or fieldset, hint, error message, control.</summary>
    private protected abstract IHtmlContent RenderContent(BoundField field, string? error);

    private protected string? HintIdFor(BoundField field) => string.IsNullOrEmpty(Hint) ? null : field.HintId;
}

/// <summary>A GOV.UK component whose inputs sit in a fieldset with a legend: radios, checkboxes, date input.</summary>
public abstract class GovUkFieldsetTagHelper : GovUkFieldTagHelper
{
    /// <summary>The question. Omit only for a single checkbox that needs no fieldset.</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    /// <summary>Extra classes for the legend, such as <c>govuk-fieldset__legend--m</c>.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>Makes the legend the page's &lt;h1&gt; (GOV.UK question page pattern).</summary>
    [HtmlAttributeName("page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>Date inputs are a group of inputs, not a choice: GOV.UK gives their fieldset role="group".</summary>
    private protected virtual bool IsGroup => false;

    private protected override IHtmlContent RenderContent(BoundField field, string? error)
    {
        var inner = new HtmlContentBuilder();
        if (!string.IsNullOrEmpty(Hint))
        {
            inner.AppendHtml(GovUkMarkup.Hint(field.HintId, Hint));
        }

        if (error is not null)
        {
            inner.AppendHtml(GovUkMarkup.ErrorMessage(field.ErrorId, error));
        }

        inner.AppendHtml(RenderControls(field, error));

        if (Legend is null)
        {
            return inner;
        }

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (IsGroup)
        {
            fieldset.Attributes["role"] = "group";
        }

        var describedBy = GovUkMarkup.DescribedBy(HintIdFor(field), error is null ? null : field.ErrorId);
        if (describedBy is not null)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        fieldset.InnerHtml.AppendHtml(GovUkMarkup.Legend(Legend, LegendClass, IsPageHeading));
        fieldset.InnerHtml.AppendHtml(inner);
        return fieldset;
    }

    /// <summary>The inputs inside the fieldset, after the hint and error message.</summary>
    private protected abstract IHtmlContent RenderControls(BoundField field, string? error);
}
