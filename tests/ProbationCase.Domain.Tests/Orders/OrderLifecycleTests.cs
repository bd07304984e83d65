using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Orders;

/// <summary>[DOMAIN.md §9a] the order's end: live → ended, terminated early, extended; nothing counts after the end.</summary>
public class OrderLifecycleTests
{
    // The example [seed 000 §1.2, §3.3]: a 1-month order sentenced on 1 Sep 2025, expected to end on 1 Oct 2025.
    private static readonly DateOnly September1 = new(2025, 9, 1);

    private static Order OneMonthOrder(params RequirementTerms[] requirements) =>
        Order.Create(
            Guid.CreateVersion7(),
            OrderType.CommunityOrder,
            "Huddersfield Magistrates' Court",
            September1,
            September1,
            September1.AddMonths(1),
            [new OffenceDetails("Theft from a shop", new DateOnly(2025, 7, 20))],
            requirements.Length == 0 ? [RequirementTerms.Rar(10)] : requirements,
            London(2025, 9, 1));

    [Fact]
    public void EndDate_NotEndedEarly_IsExpectedEnd()
    {
        var order = OneMonthOrder();

        Assert.Equal((new DateOnly(2025, 10, 1), true, false), (order.EndDate, order.IsLiveOn(new DateOnly(2025, 10, 1)), order.IsLiveOn(new DateOnly(2025, 10, 2))));
    }

    [Fact]
    public void ArrangeContact_RarActivityDayAfterExpectedEnd_Refused()
    {
        var order = OneMonthOrder();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.RarActivity, London(2025, 10, 2), order.Rar!.Id));

        Assert.Equal("A RAR activity on 2 October 2025 is after the order's end on 1 October 2025. Nothing can be recorded against an order after it ends.", error.Message);
    }

    [Fact]
    public void ArrangeContact_RarActivityOnExpectedEnd_Allowed()
    {
        var order = OneMonthOrder();

        var contact = Arrange(order, ContactType.RarActivity, London(2025, 10, 1, 16), order.Rar!.Id);

        Assert.Equal(new DateOnly(2025, 10, 1), contact.LondonDate);
    }

    [Fact]
    public void ArrangeContact_AppointmentBookedAfterEnd_Refused()
    {
        var order = OneMonthOrder();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.OfficeAppointment, London(2025, 10, 15)));

        Assert.StartsWith("An appointment on 15 October 2025 is after the order's end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditUnpaidWork_DayAfterExpectedEnd_Refused()
    {
        var order = OneMonthOrder(RequirementTerms.UnpaidWork(40));

        var error = Assert.Throws<DomainException>(() => order.CreditUnpaidWork(new DateOnly(2025, 10, 2), 420, false));

        Assert.StartsWith("Unpaid work on 2 October 2025 is after the order's end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordProgrammeSessionAttended_AfterEnd_Refused()
    {
        var order = OneMonthOrder(RequirementTerms.AccreditedProgramme("Thinking Skills Programme", 19));
        var programme = Assert.Single(order.Requirements);
        order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2025, 9, 8));

        var error = Assert.Throws<DomainException>(() => order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2025, 10, 6)));

        Assert.StartsWith("A programme session on 6 October 2025 is after the order's end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminate_RevokedForGoodProgress_EndsRequirements()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20), RequirementTerms.Other(RequirementType.Curfew, "19:00–07:00", 90));
        var contacts = new[] { AttendedRarActivity(order, London(2024, 2, 6)), AttendedRarActivity(order, London(2024, 2, 13)) };

        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.RevokedEarlyForGoodProgress, contacts, new DateOnly(2024, 6, 17));

        Assert.All(order.Requirements, requirement => Assert.Equal((RequirementStatus.Terminated, new DateOnly(2024, 6, 14)), (requirement.Status, requirement.EndDate!.Value)));
        Assert.Equal((2, "Revoked early for good progress"), (order.Rar!.DaysDeliveredAtEnd!.Value, order.Rar.ShortfallReason));
        Assert.Equal((new DateOnly(2024, 6, 14), false), (order.EndDate, order.IsLiveOn(new DateOnly(2024, 6, 15))));
    }

    [Fact]
    public void Terminate_AtExpectedEndWithUnpaidWorkShortfallAndNoReason_Refused()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 420, false);

        var error = Assert.Throws<DomainException>(() => order.Terminate(order.ExpectedEndDate, TerminationReason.Completed, [], order.ExpectedEndDate));

        Assert.Equal("Only 7 of 60 unpaid work hours were worked. Enter why the remaining hours were not completed.", error.Message);
    }

    [Fact]
    public void Terminate_AtExpectedEndWithShortfallReason_ShortfallKept()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 420, false);

        order.Terminate(order.ExpectedEndDate, TerminationReason.Completed, [], order.ExpectedEndDate.AddDays(3), "Long-term sick from March; the court was told.");

        Assert.Equal((RequirementStatus.Terminated, "Long-term sick from March; the court was told.", 53 * 60), (order.UnpaidWork!.Status, order.UnpaidWork.ShortfallReason, order.UnpaidWork.MinutesOrdered - order.UnpaidWork.MinutesWorked));
    }

    [Fact]
    public void Terminate_CompletedBeforeExpectedEnd_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.Completed, [], new DateOnly(2024, 6, 14)));

        Assert.Equal("An order that runs its course ends on its expected end date, 8 January 2025.", error.Message);
    }

    [Fact]
    public void Terminate_DateInTheFuture_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.Transferred, [], new DateOnly(2024, 6, 13)));

        Assert.Equal("The date the order ended cannot be in the future.", error.Message);
    }

    [Fact]
    public void Extend_ByCourt_EndDateMovesAndActivityThenCounts()
    {
        var order = OneMonthOrder();

        order.Extend(new DateOnly(2025, 9, 25), new DateOnly(2025, 11, 1), "Huddersfield Magistrates' Court", new DateOnly(2025, 9, 26));
        var contact = Arrange(order, ContactType.RarActivity, London(2025, 10, 15), order.Rar!.Id);

        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2025, 10, 1)), (order.EndDate, Assert.Single(order.Extensions).PreviousEndDate));
        Assert.Equal(new DateOnly(2025, 10, 15), contact.LondonDate);
    }

    [Fact]
    public void Extend_AfterOrderEnded_Refused()
    {
        var order = OneMonthOrder();

        var error = Assert.Throws<DomainException>(() => order.Extend(new DateOnly(2025, 10, 5), new DateOnly(2025, 12, 1), "Huddersfield Magistrates' Court", new DateOnly(2025, 10, 5)));

        Assert.Equal("The order ended on 1 October 2025. A court cannot extend an order after it has ended.", error.Message);
    }

    [Fact]
    public void Extend_ToEarlierDate_Refused()
    {
        var order = OneMonthOrder();

        var error = Assert.Throws<DomainException>(() => order.Extend(new DateOnly(2025, 9, 20), new DateOnly(2025, 9, 30), "Huddersfield Magistrates' Court", new DateOnly(2025, 9, 20)));

        Assert.Equal("The new end date must be after the current end date, 1 October 2025.", error.Message);
    }
}
