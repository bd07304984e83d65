namespace ProbationCase.Domain.Calendar;

/// <summary>
/// Every timeliness default from DOMAIN.md §4–§7 in one configurable record. Bind it from
/// configuration or use <see cref="Default"/>; no rule hides its own constant.
/// </summary>
public sealed record TimelinessPolicy
{
    public static TimelinessPolicy Default { get; } = new();

    /// <summary>[measure] NPS SL003; [seed 001 §2.6] first face-to-face within 5 business days of sentence (licence: of release), not of allocation.</summary>
    public int FirstAppointmentWithinBusinessDays { get; init; } = 5;

    /// <summary>[measure] SL006; [seed 003 Planning] initial plan within 15 business days after the first attended appointment.</summary>
    public int SentencePlanWithinBusinessDays { get; init; } = 15;

    /// <summary>[seed 001 §2.23] first RAR activity within 4 weeks of sentence.</summary>
    public int FirstRarActivityWithinDays { get; init; } = 28;

    /// <summary>[seed 001 §2.23] a requirement not started within 4 weeks of sentence is flagged.</summary>
    public int RequirementStartWithinDays { get; init; } = 28;

    /// <summary>[policy] plan review every 16 weeks (also on triggers) [seed 001 §2.44, 002 §2.4].</summary>
    public int PlanReviewIntervalWeeks { get; init; } = 16;

    /// <summary>[seed 001 §1.13] RSR done on or within one day of sentence.</summary>
    public int RsrWithinDays { get; init; } = 1;

    /// <summary>[seed 003] a PSR older than this warns when reused.</summary>
    public int PsrReuseWarnAfterMonths { get; init; } = 6;

    /// <summary>[seed 003] a PSR older than this cannot be reused.</summary>
    public int PsrReuseRefuseAfterMonths { get; init; } = 12;

    /// <summary>[policy] a RAR is behind pace when delivered days trail the pro-rata figure by more than this.</summary>
    public decimal RarPaceMarginDays { get; init; } = 2m;

    /// <summary>[seed 002 §4] unpaid work is completed within 12 months of sentence.</summary>
    public int UnpaidWorkCompletionMonths { get; init; } = 12;

    /// <summary>[seed 003] first unpaid work session within a week of sentence.</summary>
    public int UnpaidWorkFirstSessionWithinDays { get; init; } = 7;

    /// <summary>[policy] unpaid work is behind pace when hours worked trail the pro-rata figure by more than this.</summary>
    public decimal UnpaidWorkPaceMarginHours { get; init; } = 10m;

    /// <summary>[seed 003] court liaison proposals warn above this many RAR days.</summary>
    public int RarProposalWarnAboveDays { get; init; } = 60;

    /// <summary>[policy] OGRS below this is a low likelihood of reoffending (the OGRS low band is 0–49%).</summary>
    public int LowLikelihoodOgrsBelowPercent { get; init; } = 50;

    /// <summary>What is wrong with the figures, if anything: each must be a sensible positive amount.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(string name, decimal value)
        {
            if (value <= 0)
            {
                problems.Add($"Timeliness:{name} must be more than 0.");
            }
        }

        Positive(nameof(FirstAppointmentWithinBusinessDays), FirstAppointmentWithinBusinessDays);
        Positive(nameof(SentencePlanWithinBusinessDays), SentencePlanWithinBusinessDays);
        Positive(nameof(FirstRarActivityWithinDays), FirstRarActivityWithinDays);
        Positive(nameof(RequirementStartWithinDays), RequirementStartWithinDays);
        Positive(nameof(PlanReviewIntervalWeeks), PlanReviewIntervalWeeks);
        Positive(nameof(RsrWithinDays), RsrWithinDays);
        Positive(nameof(PsrReuseWarnAfterMonths), PsrReuseWarnAfterMonths);
        Positive(nameof(PsrReuseRefuseAfterMonths), PsrReuseRefuseAfterMonths);
        Positive(nameof(UnpaidWorkCompletionMonths), UnpaidWorkCompletionMonths);
        Positive(nameof(UnpaidWorkFirstSessionWithinDays), UnpaidWorkFirstSessionWithinDays);
        Positive(nameof(RarProposalWarnAboveDays), RarProposalWarnAboveDays);
        Positive(nameof(LowLikelihoodOgrsBelowPercent), LowLikelihoodOgrsBelowPercent);
        if (RarPaceMarginDays < 0 || UnpaidWorkPaceMarginHours < 0)
        {
            problems.Add("Timeliness: pace margins cannot be negative.");
        }

        if (PsrReuseRefuseAfterMonths < PsrReuseWarnAfterMonths)
        {
            problems.Add("Timeliness:PsrReuseRefuseAfterMonths cannot be less than PsrReuseWarnAfterMonths.");
        }

        return problems;
    }
}
