using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ProbationCase.Web;

/// <summary>
/// What model binding says when a value cannot be read (a word where a number goes, a number too big
/// for its field, an unknown choice): a GOV.UK-style field error, which the page answers with a 400.
/// </summary>
public static class GovUkBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid {Field(field)}");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid {Field(field)}");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value");
        messages.SetValueMustBeANumberAccessor(field => $"{Capitalised(Field(field))} must be a number");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "The value must be a number");
        messages.SetValueMustNotBeNullAccessor(field => $"Enter {Field(field)}");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {Field(field)}");
        messages.SetMissingKeyOrValueAccessor(() => "Enter a value");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Enter a value");
    }

    private static string Field(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
