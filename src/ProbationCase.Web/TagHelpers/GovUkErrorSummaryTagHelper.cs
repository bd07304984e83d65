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
/// under the empty key (not about one field) is listed first, without a link. Errors are listed
/// in the order the fields' properties are declared, so declare them in the order the page asks.
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
        var metadata = ViewContext.ViewData.ModelMetadata;
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (entry.Key, Message: BoundField.MessageOf(entry.Value!.Errors[0])))
            .OrderBy(error => PagePosition(metadata, error.Key), PositionComparer.Instance)
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

    /// <summary>
    /// Where the field for a ModelState key comes on the page, taken to be the order its properties
    /// are declared in (GOV.UK lists errors in page order; ModelState does not keep it).
    /// <c>Input.Date.Month</c> is (position of Input, of Date, of Month); errors not about one field come first.
    /// </summary>
    private static int[] PagePosition(ModelMetadata? metadata, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return [-1];
        }

        var position = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var properties = metadata?.Properties.ToList() ?? [];
            var index = properties.FindIndex(property => property.PropertyName == name);
            position.Add(index < 0 ? int.MaxValue : index);
            metadata = index < 0 ? null : properties[index];
            if (bracket >= 0)
            {
                position.Add(int.TryParse(segment[(bracket + 1)..].TrimEnd(']'), out var item) ? item : int.MaxValue);
                metadata = metadata?.ElementMetadata;
            }
        }

        return [.. position];
    }

    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var difference = x[i].CompareTo(y[i]);
                if (difference != 0)
                {
                    return difference;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }

    /// <summary>A date input posts Key.Day, Key.Month and Key.Year; an error on the whole date goes to the day.</summary>
    private static string TargetId(ModelStateDictionary modelState, string key) =>
        BoundField.IdFor(modelState.ContainsKey(key + ".Day") ? key + ".Day" : key);
}
