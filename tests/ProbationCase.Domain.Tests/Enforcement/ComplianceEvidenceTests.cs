using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Enforcement;

/// <summary>The evidence an SPO sees beside an enforcement decision [seed 000 §5.4; statute: CJA 2003 Sch 8 para 5–6].</summary>
public class ComplianceEvidenceTests
{
    private static Order ThreeYearOrder() =>
        Order.Create(
            Guid.CreateVersion7(),
            OrderType.CommunityOrder,
            "Leeds Magistrates' Court",
            SentenceDate,
            SentenceDate,
            SentenceDate.AddYears(3),
            [new OffenceDetails("Assault by beating", SentenceDate.AddMonths(-3))],
            [RequirementTerms.Rar(20)],
            London(2024, 1, 8));

    private static (Contact Contact, UnacceptableFailure Failure) Missed(Order order, DateTimeOffset at)
    {
        var contact = WithOutcome(Arrange(order, ContactType.OfficeAppointment, at), ContactOutcome.UnacceptableAbsence);
        return (contact, order.RecordUnacceptableFailure(contact, Officer, at.AddDays(1)));
    }

    [Fact]
    public void WindowEndsOn_WarningOn15January2024_Ends15January2025()
    {
        var order = ThreeYearOrder();
        var (_, failure) = Missed(order, London(2024, 1, 15));

        var warning = order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 1, 15), "You did not attend.", new DateOnly(2024, 1, 15));

        Assert.Equal(new DateOnly(2025, 1, 15), warning.WindowEndsOn);
        Assert.True(warning.Covers(new DateOnly(2025, 1, 15)));
        Assert.False(warning.Covers(new DateOnly(2025, 1, 16)));
    }

    [Fact]
    public void ComplianceHistoryOn_FailureOlderThan12Months_LeftOutButItsWarningListed()
    {
        var order = ThreeYearOrder();
        var (old, oldFailure) = Missed(order, London(2024, 1, 15));
        order.GiveWarning(oldFailure.Id, Officer, new DateOnly(2024, 1, 16), "You did not attend.", new DateOnly(2024, 1, 16));
        var (recent, recentFailure) = Missed(order, London(2025, 2, 17));
        var complied = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2025, 1, 20)), ContactOutcome.AttendedComplied);

        var history = order.ComplianceHistoryOn(new DateOnly(2025, 3, 1), [old, recent, complied]);

        Assert.Equal([recentFailure.Id], history.Failures.Select(failure => failure.Id));
        Assert.Equal([new DateOnly(2024, 1, 16)], history.Warnings.Select(warning => warning.GivenOn));
        Assert.Equal([new OutcomeCount(ContactOutcome.AttendedComplied, 1), new OutcomeCount(ContactOutcome.UnacceptableAbsence, 1)], history.Outcomes);
        Assert.Equal(new DateOnly(2024, 3, 2), history.From);
        Assert.Equal(order.ComplianceOn(new DateOnly(2025, 3, 1)), history.Status);
    }

    [Fact]
    public void ComplianceHistoryOn_ContactOfAnotherOrder_NotCounted()
    {
        var order = ThreeYearOrder();
        var other = ThreeYearOrder();
        var elsewhere = WithOutcome(Arrange(other, ContactType.OfficeAppointment, London(2024, 2, 5)), ContactOutcome.AttendedComplied);

        var history = order.ComplianceHistoryOn(new DateOnly(2024, 3, 1), [elsewhere]);

        Assert.Empty(history.Outcomes);
        Assert.Equal(0, history.ContactsWithOutcome);
    }
}
