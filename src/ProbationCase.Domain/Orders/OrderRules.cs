using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Orders;

// [statute] a community order has at least one requirement.
public sealed class CommunityOrderNeedsRequirementRule(OrderType type, int requirementCount) : IBusinessRule
{
    public bool IsBroken() => type == OrderType.CommunityOrder && requirementCount == 0;

    public string Message => "A community order must have at least one requirement.";
}

// [seed 003] a community order lasts up to 3 years; [statute] an SSO's supervision period up to 2 years.
public sealed class OrderLengthWithinLimitRule(OrderType type, DateOnly start, DateOnly expectedEnd) : IBusinessRule
{
    public bool IsBroken() => expectedEnd <= start || type switch
    {
        OrderType.CommunityOrder => expectedEnd > start.AddYears(3),
        OrderType.SuspendedSentenceOrder => expectedEnd > start.AddYears(2),
        _ => false,
    };

    public string Message => expectedEnd <= start
        ? "The expected end date must be after the start date."
        : type == OrderType.CommunityOrder
            ? "A community order can last no more than 3 years."
            : "A suspended sentence order's supervision period can last no more than 2 years.";
}

public sealed class OrderStartsOnOrAfterSentenceRule(DateOnly sentenceDate, DateOnly startDate) : IBusinessRule
{
    public bool IsBroken() => startDate < sentenceDate;

    public string Message => "The order cannot start before the date of sentence.";
}

public sealed class OrderNeedsOffenceRule(IReadOnlyCollection<OffenceDetails> offences, DateOnly sentenceDate) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem() =>
        offences.Count == 0 ? "Enter at least one offence."
        : offences.Any(offence => string.IsNullOrWhiteSpace(offence.Description)) ? "Enter a description for each offence."
        : offences.Any(offence => offence.OffenceDate > sentenceDate) ? "An offence date cannot be after the date of sentence."
        : null;
}

// [seed 000 A1] the RAR exists for offences on or after 1 February 2015 (Offender Rehabilitation Act 2014).
public sealed class RarNeedsOffenceUnderOraRule(bool hasRar, IEnumerable<DateOnly> offenceDates) : IBusinessRule
{
    public static readonly DateOnly OraCommencement = new(2015, 2, 1);

    public bool IsBroken() => hasRar && !offenceDates.Any(date => date >= OraCommencement);

    public string Message => "A RAR can only be given for an offence committed on or after 1 February 2015.";
}

// [policy] one requirement of each counted type per order, so RAR days and hours have one ledger.
public sealed class OneCountedRequirementOfEachTypeRule(IEnumerable<RequirementType> existing, RequirementType adding) : IBusinessRule
{
    public bool IsBroken() =>
        adding is RequirementType.RehabilitationActivity or RequirementType.UnpaidWork && existing.Contains(adding);

    public string Message => adding == RequirementType.RehabilitationActivity
        ? "This order already has a RAR."
        : "This order already has an unpaid work requirement.";
}

public sealed class OrderMustBeActiveRule(DateOnly? actualEndDate) : IBusinessRule
{
    public bool IsBroken() => actualEndDate is not null;

    public string Message => "This order has ended and cannot be changed.";
}

public sealed class TerminationDateValidRule(DateOnly startDate, DateOnly endedOn) : IBusinessRule
{
    public bool IsBroken() => endedOn < startDate;

    public string Message => "The order cannot end before it started.";
}

public sealed class RequirementBelongsToOrderRule(Requirement? requirement) : IBusinessRule
{
    public bool IsBroken() => requirement is null;

    public string Message => "The requirement is not part of this order.";
}

public sealed class ContactBelongsToOrderRule(Guid contactOrderId, Guid orderId) : IBusinessRule
{
    public bool IsBroken() => contactOrderId != orderId;

    public string Message => "The contact is not part of this order.";
}

// [seed 000 §5.5] RAR activities and RAR appointments are part of the RAR, so they link to it;
// unpaid work and programme sessions link to their own requirement.
public sealed class ContactLinksToMatchingRequirementRule(ContactType type, Requirement? linked) : IBusinessRule
{
    public bool IsBroken() => type switch
    {
        ContactType.RarActivity or ContactType.RarAppointment => linked is not RarRequirement,
        ContactType.UnpaidWorkSession => linked is not UnpaidWorkRequirement,
        ContactType.ProgrammeSession => linked is not AccreditedProgrammeRequirement,
        _ => false,
    };

    public string Message => type switch
    {
        ContactType.RarActivity or ContactType.RarAppointment => "A RAR activity or RAR appointment must be linked to the order's RAR.",
        ContactType.UnpaidWorkSession => "An unpaid work session must be linked to the unpaid work requirement.",
        _ => "A programme session must be linked to an accredited programme requirement.",
    };
}

// [seed 002 §4] unpaid work is credited from the date of sentence.
public sealed class UnpaidWorkNotBeforeSentenceRule(DateOnly workedOn, DateOnly sentenceDate) : IBusinessRule
{
    public bool IsBroken() => workedOn < sentenceDate;

    public string Message => "Unpaid work cannot be credited before the date of sentence.";
}

// [seed 000 §1.2, §3.3 "All RAR activity ends on the termination date of the order"; DOMAIN.md §9a] nothing counts after the order's end.
public sealed class NothingDatedAfterOrderEndRule(string what, DateOnly on, DateOnly orderEnd) : IBusinessRule
{
    public bool IsBroken() => on > orderEnd;

    public string Message =>
        $"{what} on {OrderDates.Format(on)} is after the order's end on {OrderDates.Format(orderEnd)}. Nothing can be recorded against an order after it ends.";
}

// [DOMAIN.md §9a] an order ends early on a date from its start up to its expected end, and not in the future;
// completion is recorded on the expected end date once that date has come.
public sealed class OrderEndDateRule(TerminationReason reason, DateOnly startDate, DateOnly expectedEnd, DateOnly endedOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem() =>
        reason == TerminationReason.Completed && endedOn != expectedEnd ? $"An order that runs its course ends on its expected end date, {OrderDates.Format(expectedEnd)}."
        : reason == TerminationReason.Completed && today < expectedEnd ? $"This order does not end until {OrderDates.Format(expectedEnd)}. To end it sooner, choose why it ended early."
        : endedOn < startDate ? "The order cannot end before it started."
        : endedOn > today ? "The date the order ended cannot be in the future."
        : endedOn > expectedEnd ? $"The order was due to end on {OrderDates.Format(expectedEnd)}, so it cannot end early after that."
        : null;
}

// [statute: CJA 2003 Sch 8 para 9–10; DOMAIN.md §9a] a court extends a live order to a later end date.
public sealed class OrderExtensionRule(DateOnly currentEnd, DateOnly extendedOn, DateOnly newEnd, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem() =>
        extendedOn > today ? "The date of the court's decision cannot be in the future."
        : extendedOn > currentEnd ? $"The order ended on {OrderDates.Format(currentEnd)}. A court cannot extend an order after it has ended."
        : newEnd <= currentEnd ? $"The new end date must be after the current end date, {OrderDates.Format(currentEnd)}."
        : null;
}

internal static class OrderDates
{
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
