using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Tests;

/// <summary>Builders for the cases the tests talk about. Times are London wall-clock.</summary>
internal static class TestCases
{
    public static readonly Guid Officer = Guid.Parse("0191a0d2-0000-7000-8000-000000000001");

    public static readonly DateOnly SentenceDate = new(2024, 1, 8);

    public static DateTimeOffset London(int year, int month, int day, int hour = 10, int minute = 0) =>
        LondonClock.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static Order CommunityOrder(params RequirementTerms[] requirements) =>
        CommunityOrder(SentenceDate, requirements);

    public static Order CommunityOrder(DateOnly sentenceDate, params RequirementTerms[] requirements) =>
        Order.Create(
            Guid.CreateVersion7(),
            OrderType.CommunityOrder,
            "Huddersfield Magistrates' Court",
            sentenceDate,
            sentenceDate,
            sentenceDate.AddMonths(12),
            [new OffenceDetails("Driving with excess alcohol", sentenceDate.AddMonths(-2))],
            requirements,
            sentenceDate.ToDateTime(TimeOnly.MinValue));

    public static Order OrderWithRar(int maximumDays = 25) => CommunityOrder(RequirementTerms.Rar(maximumDays));

    public static Contact Arrange(Order order, ContactType type, DateTimeOffset startsAt, Guid? requirementId = null, bool faceToFace = true) =>
        order.ArrangeContact(
            new ContactArrangement(type, startsAt, faceToFace, ContactDeliverer.ResponsibleOfficer, Officer, RequirementId: requirementId),
            startsAt.AddDays(-7));

    /// <summary>A RAR activity that happened and was attended and complied with.</summary>
    public static Contact AttendedRarActivity(Order order, DateTimeOffset startsAt) =>
        WithOutcome(Arrange(order, ContactType.RarActivity, startsAt, order.Rar!.Id), ContactOutcome.AttendedComplied);

    public static Contact AttendedRarAppointment(Order order, DateTimeOffset startsAt) =>
        WithOutcome(Arrange(order, ContactType.RarAppointment, startsAt, order.Rar!.Id), ContactOutcome.AttendedComplied);

    public static Contact WithOutcome(Contact contact, ContactOutcome outcome)
    {
        contact.RecordOutcome(outcome, null, Officer, contact.StartsAt.AddHours(1));
        return contact;
    }

    public static StaffMember Spo(string name = "Sam Senior") => StaffMember.Create(name, OfficerGrade.SeniorProbationOfficer, null);
}
