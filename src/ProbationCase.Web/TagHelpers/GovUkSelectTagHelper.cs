using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK select. Prefer radios for fewer than about 8 options.
/// <c>&lt;govuk-select asp-for="Input.TeamId" label="Team" items="Model.Teams" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>The options. The one matching the field's value is selected; otherwise any marked Selected.</summary>
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

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

        var select = new TagBuilder("select");
        select.AddCssClass("govuk-select");
        GovUkMarkup.AddClasses(select, ClassExtra);
        if (error is not null)
        {
            select.AddCssClass("govuk-select--error");
        }

        select.Attributes["id"] = field.Id;
        select.Attributes["name"] = field.Name;
        var describedBy = GovUkMarkup.DescribedBy(string.IsNullOrEmpty(Hint) ? null : field.HintId, error is null ? null : field.ErrorId);
        if (describedBy is not null)
        {
            select.Attributes["aria-describedby"] = describedBy;
        }

        var items = Items.ToList();
        var value = field.Value();
        var valueMatchesAnItem = value is not null && items.Exists(item => Matches(item, value));
        foreach (var item in items)
        {
            var option = new TagBuilder("option");
            option.Attributes["value"] = item.Value ?? item.Text;
            if (valueMatchesAnItem ? Matches(item, value!) : item.Selected)
            {
                option.Attributes["selected"] = "selected";
            }

            if (item.Disabled)
            {
                option.Attributes["disabled"] = "disabled";
            }

            option.InnerHtml.Append(item.Text);
            select.InnerHtml.AppendHtml(option);
        }

        content.AppendHtml(select);
        return content;
    }

    private static bool Matches(SelectListItem item, string value) =>
        string.Equals(item.Value ?? item.Text, value, StringComparison.OrdinalIgnoreCase);
}
