using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Requirements;

public class AccreditedProgrammeTests
{
    private static (Domain.Orders.Order Order, AccreditedProgrammeRequirement Programme) DrinkImpairedDrivers(int sessions = 14)
    {
        var order = CommunityOrder(RequirementTerms.AccreditedProgramme("Drink Impaired Drivers", sessions));
        return (order, order.Requirements.OfType<AccreditedProgrammeRequirement>().Single());
    }

    [Fact]
    public void MoveProgramme_AwaitingStartToCompleted_Refused()
    {
        var (order, programme) = DrinkImpairedDrivers();

        var error = Assert.Throws<DomainException>(() => order.MoveProgramme(programme.Id, ProgrammeStatus.Completed, new DateOnly(2024, 3, 1)));

        Assert.Equal("A programme that is awaiting start cannot be moved to completed.", error.Message);
    }

    [Fact]
    public void MoveProgramme_CancelledToInProgress_Refused()
    {
        var (order, programme) = DrinkImpairedDrivers();
        order.MoveProgramme(programme.Id, ProgrammeStatus.Cancelled, new DateOnly(2024, 2, 1), "Group cancelled");

        Assert.Throws<DomainException>(() => order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void MoveProgramme_WaitingListThenInProgress_RecordsWaitingTime()
    {
        var (order, programme) = DrinkImpairedDrivers();

        order.MoveProgramme(programme.Id, ProgrammeStatus.WaitingList, new DateOnly(2024, 1, 15));
        order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2024, 3, 4));

        Assert.Equal((ProgrammeStatus.InProgress, RequirementStatus.InProgress, 49), (programme.ProgrammeStatus, programme.Status, programme.WaitingDays(new DateOnly(2024, 6, 1))));
    }

    [Fact]
    public void MoveProgramme_CompletedWithSessionsOutstanding_Refused()
    {
        var (order, programme) = DrinkImpairedDrivers(2);
        order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2024, 3, 4));
        order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4));

        var error = Assert.Throws<DomainException>(() => order.MoveProgramme(programme.Id, ProgrammeStatus.Completed, new DateOnly(2024, 3, 11)));

        Assert.Equal("The programme cannot be completed: 1 of 2 sessions attended.", error.Message);
    }

    [Fact]
    public void MoveProgramme_AllSessionsAttended_Completed()
    {
        var (order, programme) = DrinkImpairedDrivers(2);
        order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2024, 3, 4));
        order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4));
        order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4));

        order.MoveProgramme(programme.Id, ProgrammeStatus.Completed, new DateOnly(2024, 3, 11));

        Assert.Equal((ProgrammeStatus.Completed, RequirementStatus.Completed), (programme.ProgrammeStatus, programme.Status));
    }

    [Fact]
    public void RecordProgrammeSessionAttended_BeforeStart_Refused()
    {
        var (order, programme) = DrinkImpairedDrivers();

        Assert.Throws<DomainException>(() => order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4)));
    }

    [Fact]
    public void RecordProgrammeSessionAttended_BeyondRequired_Refused()
    {
        var (order, programme) = DrinkImpairedDrivers(1);
        order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, new DateOnly(2024, 3, 4));
        order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4));

        Assert.Throws<DomainException>(() => order.RecordProgrammeSessionAttended(programme.Id, new DateOnly(2024, 3, 4)));
    }

    [Fact]
    public void MoveProgramme_NotAvailable_RequirementNotDelivered()
    {
        var (order, programme) = DrinkImpairedDrivers();

        order.MoveProgramme(programme.Id, ProgrammeStatus.NotAvailable, new DateOnly(2024, 2, 1), "No women's group within travelling distance");

        Assert.Equal(RequirementStatus.NotDelivered, programme.Status);
    }

    [Fact]
    public void Create_NoProgrammeName_Refused()
    {
        Assert.Throws<DomainException>(() => CommunityOrder(RequirementTerms.AccreditedProgramme(" ", 14)));
    }
}
