using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Orders;

public sealed partial class Order
{
    /// <summary>
    /// Books or logs a contact for this order. The only way to create a <see cref="Contact"/>:
    /// checks the linked requirement, that reporting-in is never a RAR activity and that nothing is
    /// dated after the order's end [DOMAIN.md §9a].
    /// </summary>
    public Contact ArrangeContact(ContactArrangement arrangement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var linked = arrangement.RequirementId is { } requirementId ? GetRequirement(requirementId) : null;
        var londonDate = LondonClock.DateOf(arrangement.StartsAt);
        CheckContactRules(arrangement.Type, arrangement.Type, londonDate, linked);
        CheckRule(new NothingDatedAfterOrderEndRule(Describe(arrangement.Type), londonDate, EndDate));
        CheckRule(new ContactWithinOrderLifeRule(londonDate, StartDate, EndDate));
        return Contact.Arrange(PersonId, Id, arrangement, now);
    }

    /// <summary>
    /// Changes what kind of contact this was, e.g. an activity after the RAR maximum recorded as a RAR
    /// appointment instead [seed 000 §5.5]. A change to a RAR type links the contact to the RAR.
    /// </summary>
    public void ReclassifyContact(Contact contact, ContactType newType)
    {
        ArgumentNullException.ThrowIfNull(contact);
        CheckRule(new ContactBelongsToOrderRule(contact.OrderId, Id));
        var linked = newType is ContactType.RarActivity or ContactType.RarAppointment
            ? Rar
            : contact.RequirementId is { } requirementId ? GetRequirement(requirementId) : null;
        CheckContactRules(contact.Type, newType, contact.LondonDate, linked);
        if (linked is not null)
        {
            // A contact already after the end (recorded before the rule) may become "other", never count.
            CheckRule(new NothingDatedAfterOrderEndRule(Describe(newType), contact.LondonDate, EndDate));
        }

        contact.ChangeType(newType, linked?.Id);
    }

    private static void CheckContactRules(ContactType currentType, ContactType newType, DateOnly londonDate, Requirement? linked)
    {
        CheckRule(new ReportingInIsNotRarActivityRule(currentType, newType, linked is RarRequirement));
        CheckRule(new ContactLinksToMatchingRequirementRule(newType, linked));
    }

    private static string Describe(ContactType type) => type switch
    {
        ContactType.RarActivity => "A RAR activity",
        ContactType.RarAppointment => "A RAR appointment",
        ContactType.UnpaidWorkSession => "An unpaid work session",
        ContactType.ProgrammeSession => "A programme session",
        _ => "An appointment",
    };
}
