using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Orders;

public class OrderTests
{
    private static Order Create(OrderType type, DateOnly expectedEnd, DateOnly offenceDate, params RequirementTerms[] requirements) =>
        Order.Create(Guid.CreateVersion7(), type, "Leeds Crown Court", SentenceDate, SentenceDate, expectedEnd,
            [new OffenceDetails("Theft", offenceDate)], requirements, London(2024, 1, 8));

    [Fact]
    public void Create_CommunityOrderWithoutRequirement_Refused()
    {
        var error = Assert.Throws<DomainException>(() => Create(OrderType.CommunityOrder, SentenceDate.AddYears(1), new DateOnly(2023, 11, 1)));

        Assert.Equal("A community order must have at least one requirement.", error.Message);
    }

    [Fact]
    public void Create_LicenceWithoutRequirement_Accepted()
    {
        var order = Create(OrderType.Licence, SentenceDate.AddYears(1), new DateOnly(2023, 11, 1));

        Assert.Empty(order.Requirements);
    }

    [Fact]
    public void Create_CommunityOrderOverThreeYears_Refused()
    {
        var error = Assert.Throws<DomainException>(() => Create(OrderType.CommunityOrder, SentenceDate.AddYears(3).AddDays(1), new DateOnly(2023, 11, 1), RequirementTerms.Rar(10)));

        Assert.Equal("A community order can last no more than 3 years.", error.Message);
    }

    [Fact]
    public void Create_RarForOffenceBeforeFebruary2015_Refused()
    {
        var error = Assert.Throws<DomainException>(() => Create(OrderType.CommunityOrder, SentenceDate.AddYears(1), new DateOnly(2015, 1, 31), RequirementTerms.Rar(10)));

        Assert.Equal("A RAR can only be given for an offence committed on or after 1 February 2015.", error.Message);
    }

    [Fact]
    public void Create_OffenceAfterSentence_Refused()
    {
        Assert.Throws<DomainException>(() => Create(OrderType.CommunityOrder, SentenceDate.AddYears(1), SentenceDate.AddDays(1), RequirementTerms.Rar(10)));
    }

    [Fact]
    public void AddRequirement_SecondRar_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => order.AddRequirement(RequirementTerms.Rar(5)));

        Assert.Equal("This order already has a RAR.", error.Message);
    }

    [Fact]
    public void Create_AlcoholAbstinenceMonitoringOver120Days_Refused()
    {
        Assert.Throws<DomainException>(() => CommunityOrder(RequirementTerms.Other(RequirementType.AlcoholAbstinenceMonitoring, "Tag", lengthInDays: 121)));
    }

    [Fact]
    public void Create_Curfew_GeneralRequirement()
    {
        var order = CommunityOrder(RequirementTerms.Other(RequirementType.Curfew, "19:00–07:00", lengthInDays: 90));

        Assert.IsType<GeneralRequirement>(Assert.Single(order.Requirements));
    }

    [Fact]
    public void Terminate_UnfinishedRequirements_Terminated()
    {
        var order = OrderWithRar();

        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.RevokedEarlyForGoodProgress, [], new DateOnly(2024, 6, 14));

        Assert.Equal((RequirementStatus.Terminated, new DateOnly(2024, 6, 14)), (order.Rar!.Status, order.ActualEndDate!.Value));
    }

    [Fact]
    public void Terminate_Twice_Refused()
    {
        var order = OrderWithRar();
        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.FurtherOffence, [], new DateOnly(2024, 6, 14));

        Assert.Throws<DomainException>(() => order.Terminate(new DateOnly(2024, 6, 15), TerminationReason.Died, [], new DateOnly(2024, 6, 15)));
    }

    [Fact]
    public void IsNotStartedWithinTarget_AwaitingStartFiveWeeksAfterSentence_Flagged()
    {
        var order = OrderWithRar();

        Assert.True(order.Rar!.IsNotStartedWithinTarget(order.SentenceDate, SentenceDate.AddDays(35), TimelinessPolicy.Default));
    }

    [Fact]
    public void IsNotStartedWithinTarget_StartedInWeekTwo_NotFlagged()
    {
        var order = OrderWithRar();
        order.StartRequirement(order.Rar!.Id, SentenceDate.AddDays(9));

        Assert.False(order.Rar!.IsNotStartedWithinTarget(order.SentenceDate, SentenceDate.AddDays(35), TimelinessPolicy.Default));
    }

    [Fact]
    public void CompleteRar_FewerDaysThanMaximumWithoutReason_Refused()
    {
        var order = OrderWithRar(25);
        order.StartRequirement(order.Rar!.Id, SentenceDate.AddDays(2));
        Contact[] contacts = [AttendedRarActivity(order, London(2024, 1, 16))];

        var error = Assert.Throws<DomainException>(() => order.CompleteRar(contacts, new DateOnly(2024, 6, 1), null, London(2024, 6, 1)));

        Assert.StartsWith("Only 1 of 25 RAR days were delivered.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteRar_ShortfallWithReason_Completed()
    {
        var order = OrderWithRar(25);
        order.StartRequirement(order.Rar!.Id, SentenceDate.AddDays(2));

        order.CompleteRar([], new DateOnly(2024, 6, 1), "Objectives met; remaining days not needed", London(2024, 6, 1));

        Assert.Equal(RequirementStatus.Completed, order.Rar!.Status);
    }

    [Fact]
    public void StartRequirement_Completed_Refused()
    {
        var order = CommunityOrder(RequirementTerms.Other(RequirementType.Curfew));
        var curfew = order.Requirements.Single();
        order.StartRequirement(curfew.Id, SentenceDate);
        order.CompleteRequirement(curfew.Id, SentenceDate.AddDays(90));

        var error = Assert.Throws<DomainException>(() => order.StartRequirement(curfew.Id, SentenceDate.AddDays(91)));

        Assert.Equal("A requirement that is completed cannot become in progress.", error.Message);
    }
}
