using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Orders;

/// <summary>The order's end [DOMAIN.md §9a]: live until its end date, ended early with a reason, or extended by a court.</summary>
public sealed partial class Order
{
    /// <summary>[DOMAIN.md §9a] live from its start to its end date (actual, or expected including extensions).</summary>
    public bool IsLiveOn(DateOnly date) => date >= StartDate && date <= EndDate;

    /// <summary>
    /// Records the order's end: at its expected end (<see cref="TerminationReason.Completed"/>) or early with
    /// a reason. Requirements end with it; a RAR or unpaid work shortfall is recorded with its reason
    /// [seed 000 §3.3] — the officer's, or for an early end the reason the order ended.
    /// <paramref name="rarContacts"/> are the order's contacts, so the RAR's days are counted by the ledger.
    /// </summary>
    public void Terminate(DateOnly endedOn, TerminationReason reason, IEnumerable<Contact> rarContacts, DateOnly today, string? shortfallReason = null)
    {
        ArgumentNullException.ThrowIfNull(rarContacts);
        CheckRule(new OrderMustBeActiveRule(ActualEndDate));
        CheckRule(new OrderEndDateRule(reason, StartDate, ExpectedEndDate, endedOn, today));

        var early = reason != Orders.TerminationReason.Completed;
        var explained = string.IsNullOrWhiteSpace(shortfallReason)
            ? early ? TerminationReasons.Describe(reason) : null
            : shortfallReason.Trim();
        var endReason = $"The order ended: {TerminationReasons.Describe(reason).ToLowerInvariant()}.";

        ActualEndDate = endedOn;
        TerminationReason = reason;
        foreach (var requirement in _requirements.Where(requirement => !requirement.IsFinished).ToList())
        {
            EndRequirement(requirement, endedOn, endReason, explained, early, rarContacts);
        }
    }

    /// <summary>Ends one unfinished requirement on <paramref name="on"/>, keeping a RAR or unpaid work shortfall and its reason.</summary>
    private void EndRequirement(Requirement requirement, DateOnly on, string endReason, string? shortfallReason, bool early, IEnumerable<Contact> rarContacts)
    {
        switch (requirement)
        {
            case RarRequirement rar:
                // Days are counted up to the end: nothing after it counts [seed 000 §1.2, §3.3].
                var delivered = RarLedger.Calculate(this, rarContacts.Where(contact => contact.LondonDate <= on), LondonClock.ToUtc(on, new TimeOnly(23, 59)), TimelinessPolicy.Default).DaysDelivered;
                rar.EndWithOrder(on, endReason, delivered, shortfallReason);
                break;
            case UnpaidWorkRequirement unpaidWork:
                unpaidWork.EndWithOrder(on, endReason, shortfallReason);
                break;
            case GeneralRequirement { Status: RequirementStatus.InProgress } general when !early:
                general.Complete(on);
                break;
            default:
                requirement.Terminate(on, endReason);
                break;
        }
    }

    /// <summary>[statute: CJA 2003 Sch 8 para 9–10] a court extends the order to a later end date.</summary>
    public OrderExtension Extend(DateOnly decidedOn, DateOnly newEndDate, string court, DateOnly today) =>
        Extend(decidedOn, newEndDate, court, today, breachDecisionId: null);

    private OrderExtension Extend(DateOnly decidedOn, DateOnly newEndDate, string court, DateOnly today, Guid? breachDecisionId)
    {
        CheckRule(new OrderMustBeActiveRule(ActualEndDate));
        CheckRule(new TextIsRequiredRule(court, "Enter the court that extended the order."));
        CheckRule(new OrderExtensionRule(EndDate, decidedOn, newEndDate, today));
        var extension = OrderExtension.Create(Id, decidedOn, ExpectedEndDate, newEndDate, court, breachDecisionId);
        _extensions.Add(extension);
        ExpectedEndDate = newEndDate;
        return extension;
    }
}
