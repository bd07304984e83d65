using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK radios. The first radio has the field's id, so error summary links land on it.
/// <c>&lt;govuk-radios asp-for="Input.Outcome" legend="What was the outcome?" items="Model.Outcomes" inline="false" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldsetTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Side by side; GOV.UK advises this only for two short options such as Yes and No.</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    private protected override IHtmlContent RenderControls(BoundField field, string? error)
    {
        var radios = new TagBuilder("div");
        radios.AddCssClass("govuk-radios");
        if (Inline)
        {
            radios.AddCssClass("govuk-radios--inline");
        }

        if (Small)
        {
            radios.AddCssClass("govuk-radios--small");
        }

        radios.Attributes["data-module"] = "govuk-radios";

        var value = field.Value();
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var itemValue = item.Value ?? item.Text;
            var isChecked = value is null ? item.Selected : string.Equals(itemValue, value, StringComparison.OrdinalIgnoreCase);
            radios.InnerHtml.AppendHtml(GovUkChoices.Item("radio", "govuk-radios", field, index, itemValue, item.Text, isChecked, item.Disabled));
        }

        return radios;
    }
}

/// <summary>The markup radios and checkboxes share for each option.</summary>
internal static class GovUkChoices
{
    /// <summary>The id of the nth option: the field's id for the first, then <c>id-2</c>, <c>id-3</c>... as GOV.UK does.</summary>
    public static string ItemId(BoundField field, int index) =>
        index == 1 ? field.Id : $"{field.Id}-{index}";

    public static IHtmlContent Item(
        string type, string block, BoundField field, int index, string value, string text, bool isChecked, bool disabled)
    {
        var id = ItemId(field, index);
        var item = new TagBuilder("div");
        item.AddCssClass($"{block}__item");

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"{block}__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = field.Name;
        input.Attributes["type"] = type;
        input.Attributes["value"] = value;
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        if (disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        label.AddCssClass($"{block}__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(text);

        item.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(label);
        return item;
    }
}
