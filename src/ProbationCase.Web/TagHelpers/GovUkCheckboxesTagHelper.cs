using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK checkboxes, bound either to a collection (one checkbox per item, every checked value
/// posted under the one name) or to a bool (a single checkbox labelled by <c>label</c>).
/// <c>&lt;govuk-checkboxes asp-for="Input.Needs" legend="Which needs apply?" hint="Select all that apply" items="Model.NeedOptions" /&gt;</c>
/// <c>&lt;govuk-checkboxes asp-for="Input.Confirmed" label="I have checked these details" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldsetTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The label of the single checkbox, when bound to a bool.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    private protected override IHtmlContent RenderControls(BoundField field, string? error)
    {
        var checkboxes = new TagBuilder("div");
        checkboxes.AddCssClass("govuk-checkboxes");
        if (Small)
        {
            checkboxes.AddCssClass("govuk-checkboxes--small");
        }

        checkboxes.Attributes["data-module"] = "govuk-checkboxes";

        var isBool = field.Expression.Metadata.UnderlyingOrModelType == typeof(bool);
        if (isBool)
        {
            var isChecked = field.Values().Contains("true");
            checkboxes.InnerHtml.AppendHtml(GovUkChoices.Item("checkbox", "govuk-checkboxes", field, 1, "true", Label ?? "", isChecked, disabled: false));
        }
        else
        {
            var values = field.Values();
            var index = 0;
            foreach (var item in Items ?? [])
            {
                index++;
                var itemValue = item.Value ?? item.Text;
                var isChecked = values.Count == 0 ? item.Selected : values.Contains(itemValue);
                checkboxes.InnerHtml.AppendHtml(GovUkChoices.Item("checkbox", "govuk-checkboxes", field, index, itemValue, item.Text, isChecked, item.Disabled));
            }
        }

        if (!isBool)
        {
            return checkboxes;
        }

        // As MVC's checkbox does: an unchecked box posts nothing, so "false" follows the box and is
        // bound only when the box is unchecked (the binder takes the first value).
        var content = new HtmlContentBuilder();
        content.AppendHtml(checkboxes);
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = field.Name;
        hidden.Attributes["value"] = "false";
        content.AppendHtml(hidden);
        return content;
    }
}
