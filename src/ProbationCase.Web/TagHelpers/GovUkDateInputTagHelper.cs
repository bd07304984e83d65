using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK date input, bound to a <see cref="DateInput"/>. Inputs are named <c>Input.DateOfBirth.Day</c>
/// (id <c>Input_DateOfBirth_Day</c>) and so on. An error on <c>Input.DateOfBirth</c> marks all three
/// boxes; an error on <c>Input.DateOfBirth.Month</c> marks only the month.
/// <c>&lt;govuk-date-input asp-for="Input.DateOfBirth" legend="What is their date of birth?" hint="For example, 27 3 1990" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldsetTagHelper
{
    private static readonly string[] Parts = [nameof(DateInput.Day), nameof(DateInput.Month), nameof(DateInput.Year)];

    /// <summary>Prefix for autocomplete, such as <c>bday</c> for a date of birth (gives bday-day, bday-month, bday-year).</summary>
    [HtmlAttributeName("autocomplete-prefix")]
    public string? AutocompletePrefix { get; set; }

    private protected override bool IsGroup => true;

    private protected override string? ErrorMessageFor(BoundField field)
    {
        if (field.Expression.Metadata.ModelType != typeof(DateInput))
        {
            throw new InvalidOperationException(
                $"<govuk-date-input asp-for=\"{field.Expression.Name}\"> must be bound to a {nameof(DateInput)}.");
        }

        return field.ErrorMessage(Parts);
    }

    private protected override IHtmlContent RenderControls(BoundField field, string? error)
    {
        var wholeDateHasError = field.HasError();
        var dateInput = new TagBuilder("div");
        dateInput.AddCssClass("govuk-date-input");
        dateInput.Attributes["id"] = field.Id;

        foreach (var part in Parts)
        {
            var name = $"{field.Name}.{part}";
            var id = BoundField.IdFor(name);

            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass("govuk-input");
            input.AddCssClass("govuk-date-input__input");
            input.AddCssClass(part == nameof(DateInput.Year) ? "govuk-input--width-4" : "govuk-input--width-2");
            if (wholeDateHasError || field.HasError(part))
            {
                input.AddCssClass("govuk-input--error");
            }

            input.Attributes["id"] = id;
            input.Attributes["name"] = name;
            input.Attributes["type"] = "text";
            input.Attributes["inputmode"] = "numeric";
            if (!string.IsNullOrEmpty(AutocompletePrefix))
            {
                input.Attributes["autocomplete"] = $"{AutocompletePrefix}-{part.ToLowerInvariant()}";
            }

            var value = field.Value(part);
            if (!string.IsNullOrEmpty(value))
            {
                input.Attributes["value"] = value;
            }

            var label = new TagBuilder("label");
            label.AddCssClass("govuk-label");
            label.AddCssClass("govuk-date-input__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(part);

            var group = new TagBuilder("div");
            group.AddCssClass("govuk-form-group");
            group.InnerHtml.AppendHtml(label);
            group.InnerHtml.AppendHtml(input);

            var item = new TagBuilder("div");
            item.AddCssClass("govuk-date-input__item");
            item.InnerHtml.AppendHtml(group);
            dateInput.InnerHtml.AppendHtml(item);
        }

        return dateInput;
    }
}
