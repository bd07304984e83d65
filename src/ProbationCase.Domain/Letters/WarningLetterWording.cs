namespace ProbationCase.Domain.Letters;

/// <summary>
/// [statute: CJA 2003 Sch 8 para 5(2)] what a warning must say, in one place: it describes the circumstances of
/// the failure, states that the failure is unacceptable, and states that a further failure within 12 months of
/// the warning's date can mean a return to court (recall, for a licence). The letter is dated the day the
/// warning was given [Sch 8 para 6].
/// </summary>
public static class WarningLetterWording
{
    public static IReadOnlyList<string> StatutoryStatements(string failureDescription, DateOnly givenOn, bool isLicence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(failureDescription);
        var until = Orders.OrderDates.Format(Enforcement.EnforcementWarning.WindowEndsFor(givenOn));
        return
        [
            $"What happened: {failureDescription.Trim()}",
            "This failure to comply with your order is unacceptable.",
            isLicence
                ? $"If you fail again without a reasonable excuse within 12 months of this warning (by {until}), you may be recalled to custody."
                : $"If you fail again without a reasonable excuse within 12 months of this warning (by {until}), you may be returned to court, which can add to or change your order or re-sentence you.",
        ];
    }
}
