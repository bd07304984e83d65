using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK error summary, listing every ModelState error as a link to its field; renders nothing
/// when ModelState is valid. Put it first in the main column, above the h1.
/// <c>&lt;govuk-error-summary /&gt;</c>
/// </summary>
/// <remarks>
/// Links go to the id ASP.NET gives the field (<c>Input.Email</c> → <c>#Input_Email</c>), which is
/// the input, the first radio or checkbox, or, for a date input, its day box. An error added
/// under the empty key (not about one field) is listed without a link.
/// </remarks>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ViewData.ModelState;
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (entry.Key, Message: BoundField.MessageOf(entry.Value!.Errors[0])))
            .ToList();

        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");

        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";

        var title = new TagBuilder("h2");
        title.AddCssClass("govuk-error-summary__title");
        title.InnerHtml.Append(Title);

        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-list");
        list.AddCssClass("govuk-error-summary__list");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            if (string.IsNullOrEmpty(key))
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + TargetId(modelState, key);
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);

        alert.InnerHtml.AppendHtml(title);
        alert.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(alert);
    }

    /// <summary>A date input posts Key.Day, Key.Month and Key.Year; an error on the whole date goes to the day.</summary>
    private static string TargetId(ModelStateDictionary modelState, string key) =>
        BoundField.IdFor(modelState.ContainsKey(key + ".Day") ? key + ".Day" : key);
}
