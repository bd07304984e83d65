using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Enforcement;

/// <summary>The compliance panel's history: failures and warnings of the rolling 12 months [statute: CJA 2003 Sch 8 para 5–6].</summary>
public class ComplianceHistoryTests
{
    private static Order ThreeYearOrder() =>
        Order.Create(
            Guid.CreateVersion7(), OrderType.CommunityOrder, "Leeds Magistrates' Court", SentenceDate, SentenceDate, SentenceDate.AddYears(3),
            [new OffenceDetails("Assault by beating", SentenceDate.AddMonths(-3))], [RequirementTerms.Rar(20)], London(2024, 1, 8));

    private static UnacceptableFailure Missed(Order order, DateTimeOffset at) =>
        order.RecordUnacceptableFailure(WithOutcome(Arrange(order, ContactType.OfficeAppointment, at), ContactOutcome.UnacceptableAbsence), Officer, at.AddDays(1));

    [Fact]
    public void WindowEndsOn_WarningGiven15January2024_Is15January2025()
    {
        var order = ThreeYearOrder();
        var failure = Missed(order, London(2024, 1, 15));

        var warning = order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 1, 15), "You did not attend.", new DateOnly(2024, 1, 15));

        Assert.Equal(new DateOnly(2025, 1, 15), warning.WindowEndsOn);
    }

    [Fact]
    public void Covers_FailureOnTheLastDayOfTheWindow_RequiresBreachAsRequiredActionForSays()
    {
        var order = ThreeYearOrder();
        var failure = Missed(order, London(2024, 1, 15));
        var warning = order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 1, 15), "You did not attend.", new DateOnly(2024, 1, 15));

        Assert.True(warning.Covers(warning.WindowEndsOn));
        Assert.False(warning.Covers(warning.WindowEndsOn.AddDays(1)));
        Assert.Equal(RequiredEnforcementAction.Breach, order.RequiredActionFor(warning.WindowEndsOn));
        Assert.Equal(RequiredEnforcementAction.Warning, order.RequiredActionFor(warning.WindowEndsOn.AddDays(1)));
    }

    [Fact]
    public void FailuresInWindow_FailureThirteenMonthsAgo_IsLeftOutAndCompliantCountMatches()
    {
        var order = ThreeYearOrder();
        Missed(order, London(2024, 1, 15));
        var recent = Missed(order, London(2025, 1, 20));
        var today = new DateOnly(2025, 2, 20);

        var failures = order.FailuresInWindow(today);

        Assert.Equal([recent.Id], failures.Select(f => f.Id));
        Assert.Equal(failures.Count, order.ComplianceOn(today).FailuresInLast12Months);
    }

    [Fact]
    public void LiveWarnings_OnTheLastDayOfItsWindow_IsLiveAndTheDayAfterIsNot()
    {
        var order = ThreeYearOrder();
        var failure = Missed(order, London(2024, 1, 15));
        var warning = order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 1, 16), "You did not attend.", new DateOnly(2024, 1, 16));

        Assert.Single(order.LiveWarnings(warning.WindowEndsOn));
        Assert.Empty(order.LiveWarnings(warning.WindowEndsOn.AddDays(1)));
    }

    [Fact]
    public void DecisionOn_BreachReferred_IsTheReferralAndNoWarning()
    {
        var order = ThreeYearOrder();
        var first = Missed(order, London(2024, 1, 15));
        order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 15), "You did not attend.", new DateOnly(2024, 1, 15));
        var second = Missed(order, London(2024, 3, 4));

        var decision = order.ReferBreach(second.Id, Officer, "Second failure within 12 months of a warning.", London(2024, 3, 5));

        Assert.Same(decision, order.DecisionOn(second.Id));
        Assert.Null(order.WarningFor(second.Id));
        Assert.NotNull(order.WarningFor(first.Id));
    }
}
