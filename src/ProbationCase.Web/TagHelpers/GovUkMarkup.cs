using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ProbationCase.Web.TagHelpers;

/// <summary>The pieces GOV.UK Frontend 6 form components share: labels, legends, hints, error messages.</summary>
internal static class GovUkMarkup
{
    public static IHtmlContent Label(string forId, string? text, string? labelClass, bool isPageHeading)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        var size = labelClass ?? (isPageHeading ? "govuk-label--l" : null);
        if (size is not null)
        {
            label.AddCssClass(size);
        }

        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text ?? "");

        if (!isPageHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static IHtmlContent Legend(string? text, string? legendClass, bool isPageHeading)
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend");
        var size = legendClass ?? (isPageHeading ? "govuk-fieldset__legend--l" : null);
        if (size is not null)
        {
            legend.AddCssClass(size);
        }

        if (isPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(text ?? "");
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(text ?? "");
        }

        return legend;
    }

    public static IHtmlContent Hint(string id, string text, string? extraClass = null)
    {
        var hint = new TagBuilder("div");
        hint.Attributes["id"] = id;
        hint.AddCssClass("govuk-hint");
        if (extraClass is not null)
        {
            hint.AddCssClass(extraClass);
        }

        hint.InnerHtml.Append(text);
        return hint;
    }

    public static IHtmlContent ErrorMessage(string id, string message)
    {
        var error = new TagBuilder("p");
        error.Attributes["id"] = id;
        error.AddCssClass("govuk-error-message");
        var prefix = new TagBuilder("span");
        prefix.AddCssClass("govuk-visually-hidden");
        prefix.InnerHtml.Append("Error:");
        error.InnerHtml.AppendHtml(prefix);
        error.InnerHtml.Append(" " + message);
        return error;
    }

    /// <summary>The space-separated ids of the hint and error, or null when there are neither.</summary>
    public static string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrEmpty(id)).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    /// <summary>Adds space-separated classes, ignoring blanks.</summary>
    public static void AddClasses(TagBuilder tag, string? classes)
    {
        if (string.IsNullOrWhiteSpace(classes))
        {
            return;
        }

        foreach (var cssClass in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tag.AddCssClass(cssClass);
        }
    }
}
