using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// What a GOV.UK form component needs to know about the property its <c>asp-for</c> names: the
/// name and id ASP.NET would give it, what to show in it, and its errors from ModelState.
/// </summary>
internal sealed class BoundField
{
    private readonly ViewContext viewContext;

    private BoundField(ViewContext viewContext, ModelExpression expression)
    {
        this.viewContext = viewContext;
        Expression = expression;
        Name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        Id = IdFor(Name);
    }

    public ModelExpression Expression { get; }

    /// <summary>The posted name, as <c>asp-for</c> would write it: <c>Input.Email</c>.</summary>
    public string Name { get; }

    /// <summary>The element id, as <c>Html.GenerateIdFromName</c> would write it: <c>Input_Email</c>.</summary>
    public string Id { get; }

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public static BoundField For(ViewContext viewContext, ModelExpression expression)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(expression);
        return new BoundField(viewContext, expression);
    }

    /// <summary>The id ASP.NET gives an element with this name, the target of error summary links.</summary>
    public static string IdFor(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    /// <summary>The first error for this field, or for any of the given parts of it (<c>Day</c>, <c>Month</c>...).</summary>
    public string? ErrorMessage(params string[] parts)
    {
        var own = FirstError(Name);
        return own ?? parts.Select(part => FirstError($"{Name}.{part}")).FirstOrDefault(message => message is not null);
    }

    /// <summary>Whether ModelState has an error for this field or for <c>Name.part</c>.</summary>
    public bool HasError(string? part = null) =>
        FirstError(part is null ? Name : $"{Name}.{part}") is not null;

    /// <summary>
    /// The value to show: what was posted, when the form has come back (so a wrong answer can be
    /// corrected, not retyped), otherwise the model's value.
    /// </summary>
    public string? Value(string? part = null)
    {
        var key = part is null ? Name : $"{Name}.{part}";
        if (viewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        var model = Expression.Model;
        if (part is not null)
        {
            model = model?.GetType().GetProperty(part)?.GetValue(model);
        }

        return Format(model);
    }

    /// <summary>Every value, for a field that takes several (checkboxes bound to a collection).</summary>
    public IReadOnlySet<string> Values()
    {
        if (viewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string one => new HashSet<string>([one], StringComparer.OrdinalIgnoreCase),
                IEnumerable many => many.Cast<object?>().Select(Format).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase),
                var other => new HashSet<string>([Format(other) ?? ""], StringComparer.OrdinalIgnoreCase),
            };
        }

        return Expression.Model switch
        {
            null => new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            string one => new HashSet<string>([one], StringComparer.OrdinalIgnoreCase),
            IEnumerable many => many.Cast<object?>().Select(Format).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase),
            var one => new HashSet<string>([Format(one) ?? ""], StringComparer.OrdinalIgnoreCase),
        };
    }

    private string? FirstError(string key)
    {
        if (!viewContext.ViewData.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return null;
        }

        return MessageOf(entry.Errors[0]);
    }

    internal static string MessageOf(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? "Enter a valid answer" : error.ErrorMessage;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
