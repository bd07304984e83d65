using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web;

/// <summary>
/// Checks every bound text field of every page before its handler runs: control characters (other
/// than line breaks and tabs) are refused, and text longer than its stated limit
/// (<see cref="MaxLengthOfAttribute{TEntity}"/>) is refused. Failures go into ModelState, so the page's
/// own validation answers with its GOV.UK error summary and a 400 — and a text the database would
/// reject (a NUL byte, a note too long for its column) never reaches it.
/// </summary>
public sealed partial class FormInputFilter : IAsyncPageFilter
{
    private const int MaxDepth = 4;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var bound in context.ActionDescriptor.BoundProperties)
        {
            if (bound is not Microsoft.AspNetCore.Mvc.Infrastructure.IPropertyInfoParameterDescriptor { PropertyInfo: var property })
            {
                continue;
            }

            var name = bound.BindingInfo?.BinderModelName ?? bound.Name;
            Check(context.ModelState, name, property, property.GetValue(context.HandlerInstance), 0);
        }

        foreach (var (name, value) in context.HandlerArguments)
        {
            Check(context.ModelState, name, null, value, 0);
        }

        await next();
    }

    private static void Check(ModelStateDictionary modelState, string key, PropertyInfo? property, object? value, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                CheckText(modelState, key, property, text);
                return;
            case IEnumerable<string> texts:
                var index = 0;
                foreach (var text in texts)
                {
                    CheckText(modelState, $"{key}[{index++}]", property, text);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= MaxDepth || type.Namespace?.StartsWith("ProbationCase.Web", StringComparison.Ordinal) != true)
        {
            if (value is IEnumerable items && depth < MaxDepth && type.IsGenericType)
            {
                var i = 0;
                foreach (var item in items)
                {
                    Check(modelState, $"{key}[{i++}]", null, item, depth + 1);
                }
            }

            return;
        }

        // Only what model binding can set: computed getters (which may throw on bad input) are never read.
        foreach (var child in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
        {
            Check(modelState, $"{key}.{child.Name}", child, child.GetValue(value), depth + 1);
        }
    }

    private static void CheckText(ModelStateDictionary modelState, string key, PropertyInfo? property, string text)
    {
        var label = Label(property);
        if (text.Any(IsRefusedControlCharacter))
        {
            modelState.AddModelError(key, $"{label} must not include hidden control characters – remove them and try again");
        }

        if (property?.GetCustomAttributes(inherit: true).OfType<IStoredTextLimit>().FirstOrDefault() is { } limit && text.Length > limit.MaxLength)
        {
            var max = limit.MaxLength.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
            modelState.AddModelError(key, $"{limit.Label ?? label} must be {max} characters or fewer");
        }
    }

    /// <summary>Line breaks (a textarea sends CR LF) and tabs are text; other control characters are not.</summary>
    public static bool IsRefusedControlCharacter(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    private static string Label(PropertyInfo? property)
    {
        if (property?.GetCustomAttributes(inherit: true).OfType<IStoredTextLimit>().FirstOrDefault()?.Label is { } label)
        {
            return label;
        }

        if (property is null)
        {
            return "The answer";
        }

        var words = Words().Replace(property.Name, " $1").Trim().ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}
