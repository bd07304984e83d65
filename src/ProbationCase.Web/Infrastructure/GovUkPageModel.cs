using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProbationCase.Web;

/// <summary>
/// A page that validates its input explicitly with FluentValidation and answers bad input with the
/// same page, its GOV.UK error summary, and a 400.
/// </summary>
public abstract class GovUkPageModel : PageModel
{
    /// <summary>
    /// The field a rule broken by the domain is shown against (the error summary when empty). A handler sets
    /// it before asking the domain; <see cref="WritePathFilter"/> shows the rule's message there with a 400.
    /// </summary>
    public string RuleField { get; protected set; } = string.Empty;

    /// <summary>
    /// Reads again what the page shows after the domain refused a change: the refused change may have
    /// half-applied to tracked entities, which <see cref="WritePathFilter"/> has discarded by then.
    /// </summary>
    public virtual Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The page again with the rule's message against <see cref="RuleField"/> and a 400.</summary>
    public PageResult ShowRuleBroken(Domain.DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return PageWithError(FieldFor(rule), rule.Message);
    }

    /// <summary>The field a broken rule belongs to; a page whose rules name their question may work it out.</summary>
    protected virtual string FieldFor(Domain.DomainException rule) => RuleField;

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
