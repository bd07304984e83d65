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

// [seed 002 §4] no unpaid work can be credited after the order ended or before sentence.
public sealed class UnpaidWorkWithinOrderRule(DateOnly workedOn, DateOnly sentenceDate, DateOnly? endedOn) : IBusinessRule
{
    public bool IsBroken() => workedOn < sentenceDate || (endedOn is { } end && workedOn > end);

    public string Message => "Unpaid work can only be credited between the date of sentence and the end of the order.";
}
