using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProbationCase.Web;

/// <summary>
/// A page that validates its input explicitly with FluentValidation and answers bad input with the
/// same page, its GOV.UK error summary, and a 400.
/// </summary>
public abstract class GovUkPageModel : PageModel
{
    /// <summary>Runs the validator and copies failures into ModelState under <paramref name="prefix"/>.</summary>
    protected bool IsValid<T>(IValidator<T> validator, T input, string prefix)
    {
        var result = validator.Validate(input);
        foreach (var failure in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
            ModelState.AddModelError(key, failure.ErrorMessage);
        }

        return ModelState.IsValid;
    }

    /// <summary>Re-shows the page with its errors and a 400 status.</summary>
    protected PageResult PageWithErrors()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["HasErrors"] = true;
        return Page();
    }

    /// <summary>Adds a page-level error (shown in the summary) and re-shows the page with a 400.</summary>
    protected PageResult PageWithError(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return PageWithErrors();
    }
}
