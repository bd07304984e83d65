using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Cases.Journeys;

/// <summary>
/// Carries a question journey's earlier answers from page to page as hidden fields, so the journey
/// needs neither JavaScript nor server session: each step posts every answer so far.
/// </summary>
public static class JourneyState
{
    /// <summary>
    /// Hidden inputs for every answer on <paramref name="input"/> (named <c>prefix.Property</c>) except
    /// the ones the current step asks, which the step renders as visible fields.
    /// </summary>
    public static IHtmlContent HiddenFields(object input, string prefix, params string[] askedOnThisStep)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = new HtmlContentBuilder();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || askedOnThisStep.Contains(property.Name))
            {
                continue;
            }

            var name = $"{prefix}.{property.Name}";
            var value = property.GetValue(input);
            if (value is DateInput date)
            {
                html.AppendHtml(Hidden($"{name}.Day", date.Day));
                html.AppendHtml(Hidden($"{name}.Month", date.Month));
                html.AppendHtml(Hidden($"{name}.Year", date.Year));
                continue;
            }

            html.AppendHtml(Hidden(name, Format(value)));
        }

        return html;
    }

    /// <summary>Every answer so far as hidden inputs, and whether the journey is changing an answer: what a back link posts.</summary>
    public static IHtmlContent AllAnswers(object input, string prefix, bool returnToCheck)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml(HiddenFields(input, prefix));
        if (returnToCheck)
        {
            html.AppendHtml(Hidden("ReturnToCheck", "true"));
        }

        return html;
    }

    private static IHtmlContent Hidden(string name, string? value)
    {
        if (value is null)
        {
            return HtmlString.Empty;
        }

        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = name;
        hidden.Attributes["value"] = value;
        return hidden;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
