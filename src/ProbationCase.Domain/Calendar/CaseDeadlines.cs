namespace ProbationCase.Domain.Calendar;

/// <summary>The §7 due dates that count business days or calendar periods from a case event.</summary>
public sealed class CaseDeadlines(BusinessCalendar calendar, TimelinessPolicy policy)
{
    private readonly BusinessCalendar _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    private readonly TimelinessPolicy _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    // [measure] SL003; [seed 001 §2.6] first face-to-face within 5 business days of sentence (licence: release), not allocation.
    public DateOnly FirstAppointmentDue(DateOnly supervisionStartsOn) =>
        _calendar.AddBusinessDays(supervisionStartsOn, _policy.FirstAppointmentWithinBusinessDays);

    // [measure] SL006; [seed 003 Planning, 002 §2.1] plan within 15 business days after the first attended appointment.
    public DateOnly SentencePlanDue(DateOnly firstAttendedAppointment) =>
        _calendar.AddBusinessDays(firstAttendedAppointment, _policy.SentencePlanWithinBusinessDays);

    // [seed 001 §2.23] first RAR activity / constructive work within 4 weeks of sentence.
    public DateOnly FirstRarActivityDue(DateOnly sentenceDate) =>
        sentenceDate.AddDays(_policy.FirstRarActivityWithinDays);

    // [seed 001 §2.23] each requirement started within 4 weeks of sentence.
    public DateOnly RequirementStartDue(DateOnly sentenceDate) =>
        sentenceDate.AddDays(_policy.RequirementStartWithinDays);

    // [policy] DOMAIN.md §9: the breach pack goes to court within 10 business days of SPO approval (configurable).
    public DateOnly BreachPackDue(DateOnly approvedOn) =>
        _calendar.AddBusinessDays(approvedOn, _policy.BreachPackWithinBusinessDays);

    // [seed 001 §1.13] RSR on or within one day of sentence.
    public DateOnly RsrDue(DateOnly sentenceDate) => sentenceDate.AddDays(_policy.RsrWithinDays);

    public bool IsRsrLate(DateOnly sentenceDate, DateOnly? rsrCompletedOn, DateOnly today) =>
        rsrCompletedOn is { } done ? done > RsrDue(sentenceDate) : today > RsrDue(sentenceDate);

    /// <summary>[seed 003] a PSR may be reused with a warning after 6 months and is refused after 12.</summary>
    public PsrReuse CheckPsrReuse(DateOnly psrPreparedOn, DateOnly today)
    {
        BusinessRule.Check(new PsrIsTooOldToReuseRule(psrPreparedOn, today, _policy));
        return today > psrPreparedOn.AddMonths(_policy.PsrReuseWarnAfterMonths)
            ? PsrReuse.AllowedWithWarning
            : PsrReuse.Allowed;
    }
}

public enum PsrReuse
{
    Allowed,
    AllowedWithWarning,
}

// [seed 003] refuse reuse of a pre-sentence report more than 12 months old.
public sealed class PsrIsTooOldToReuseRule(DateOnly preparedOn, DateOnly today, TimelinessPolicy policy) : IBusinessRule
{
    public bool IsBroken() => today > preparedOn.AddMonths(policy.PsrReuseRefuseAfterMonths);

    public string Message =>
        $"This pre-sentence report is more than {policy.PsrReuseRefuseAfterMonths} months old and cannot be reused. Prepare a new report.";
}
