using FluentValidation;

namespace ProbationCase.Web.Forms;

/// <summary>FluentValidation rules for a <see cref="DateInput"/>, with the GOV.UK date input error messages.</summary>
public static class DateInputValidation
{
    /// <summary>
    /// Fails with the GOV.UK message unless a real date was entered:
    /// <c>RuleFor(x =&gt; x.DateOfBirth).MustBeRealDate("Date of birth", "Enter your date of birth");</c>
    /// Further rules on the date itself (in the past, after the sentence date...) belong in
    /// <c>.Must(...)</c> rules that run only when this one passes.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, DateInput> MustBeRealDate<T>(
        this IRuleBuilder<T, DateInput> rule, string subject = "Date", string enterMessage = "Enter a date")
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Custom((input, context) =>
        {
            var message = (input ?? new DateInput()).ErrorMessage(subject, enterMessage);
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });
    }
}
