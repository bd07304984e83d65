using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Tests.Allocation;

public class CaseAllocationTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid TeamId = Guid.Parse("0191a0d2-0000-7000-8000-0000000000a1");
    private static readonly Guid SpoId = Guid.Parse("0191a0d2-0000-7000-8000-0000000000b1");

    private static PersonOnProbation NewPerson() =>
        PersonOnProbation.Create(Crn.Parse("X123456"), "David", "Jones", new DateOnly(1985, 6, 1), Now);

    private static StaffMember Officer(string name = "Pat Officer") => StaffMember.Create(name, OfficerGrade.ProbationOfficer, TeamId);

    private static PersonOnProbation AllocatedTo(StaffMember officer)
    {
        var person = NewPerson();
        person.AwaitAllocation(TeamId, Now);
        person.Allocate(officer, SpoId, "Capacity in the team", Now);
        return person;
    }

    [Fact]
    public void Create_NewPerson_AwaitsAllocationWithNoOfficer()
    {
        var person = NewPerson();

        Assert.Equal((AllocationStatus.AwaitingAllocation, (Guid?)null, 0), (person.AllocationStatus, person.ResponsibleOfficerId, person.OfficerChanges));
    }

    [Fact]
    public void AwaitAllocation_NewCaseFromCourt_SitsInTeamQueue()
    {
        var person = NewPerson();

        person.AwaitAllocation(TeamId, Now);

        Assert.Equal((AllocationStatus.AwaitingAllocation, (Guid?)TeamId, (DateTimeOffset?)Now), (person.AllocationStatus, person.TeamId, person.AwaitingAllocationSince));
    }

    [Fact]
    public void AwaitAllocation_AlreadyAllocated_Refused()
    {
        var person = AllocatedTo(Officer());

        var error = Assert.Throws<DomainException>(() => person.AwaitAllocation(TeamId, Now));

        Assert.Equal("This case already has a responsible officer. Reallocate it to change the officer.", error.Message);
    }

    [Fact]
    public void Allocate_ActiveOfficerInTeam_BecomesResponsibleOfficerWithHistory()
    {
        var officer = Officer();
        var person = NewPerson();
        person.AwaitAllocation(TeamId, Now);

        person.Allocate(officer, SpoId, "Capacity in the team", Now);

        var allocation = Assert.Single(person.Allocations);
        Assert.Equal((officer.Id, TeamId, SpoId, Now, "Capacity in the team", (DateTimeOffset?)null), (allocation.OfficerId, allocation.TeamId, allocation.AllocatedBy, allocation.AllocatedAt, allocation.Reason, allocation.EndedAt));
        Assert.Equal((AllocationStatus.Allocated, (Guid?)officer.Id, (DateTimeOffset?)null), (person.AllocationStatus, person.ResponsibleOfficerId, person.AwaitingAllocationSince));
        Assert.Equal(person.Id, allocation.PersonId);
    }

    [Fact]
    public void Allocate_FirstAllocation_NoOfficerChanges()
    {
        var person = AllocatedTo(Officer());

        Assert.Equal(0, person.OfficerChanges);
    }

    [Fact]
    public void Allocate_NoReason_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.Allocate(Officer(), SpoId, " ", Now));

        Assert.Equal("Enter why this officer is being allocated the case.", error.Message);
    }

    [Fact]
    public void Allocate_InactiveOfficer_Refused()
    {
        var officer = Officer();
        officer.Deactivate();
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.Allocate(officer, SpoId, "Capacity", Now));

        Assert.Equal("That officer is no longer active. Choose an active officer.", error.Message);
    }

    [Fact]
    public void Allocate_OfficerWithNoTeam_Refused()
    {
        var officer = StaffMember.Create("Pat Officer", OfficerGrade.ProbationServicesOfficer, null);
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.Allocate(officer, SpoId, "Capacity", Now));

        Assert.Equal("That officer is not in a team. Add them to a team before allocating cases to them.", error.Message);
    }

    [Fact]
    public void Allocate_AlreadyAllocated_Refused()
    {
        var person = AllocatedTo(Officer());

        Assert.Throws<DomainException>(() => person.Allocate(Officer("Robin Other"), SpoId, "Capacity", Now));
    }

    [Fact]
    public void Allocate_OfficerInAnotherTeam_CaseMovesToThatTeam()
    {
        var otherTeam = Guid.CreateVersion7();
        var officer = StaffMember.Create("Pat Officer", OfficerGrade.ProbationOfficer, otherTeam);
        var person = NewPerson();
        person.AwaitAllocation(TeamId, Now);

        person.Allocate(officer, SpoId, "Lives in the other team's area", Now);

        Assert.Equal(otherTeam, person.TeamId);
    }

    [Fact]
    public void Reallocate_DifferentOfficer_ClosesPreviousAllocationAndCountsChange()
    {
        var first = Officer();
        var second = Officer("Robin Other");
        var person = AllocatedTo(first);
        var later = Now.AddDays(30);

        person.Reallocate(second, SpoId, "First officer left the team", later);

        var previous = person.Allocations.Single(allocation => allocation.OfficerId == first.Id);
        Assert.Equal(later, previous.EndedAt);
        Assert.Equal((second.Id, "First officer left the team"), (person.CurrentAllocation!.OfficerId, person.CurrentAllocation.Reason));
        Assert.Equal(((Guid?)second.Id, 1), (person.ResponsibleOfficerId, person.OfficerChanges));
    }

    [Fact]
    public void Reallocate_TwoChanges_OfficerChangesIsTwo()
    {
        var person = AllocatedTo(Officer());

        person.Reallocate(Officer("Robin Other"), SpoId, "Workload", Now.AddDays(10));
        person.Reallocate(Officer("Sky Third"), SpoId, "Sickness absence", Now.AddDays(20));

        Assert.Equal(2, person.OfficerChanges);
        Assert.Single(person.Allocations, allocation => allocation.IsCurrent);
    }

    [Fact]
    public void Reallocate_NoReason_Refused()
    {
        var person = AllocatedTo(Officer());

        var error = Assert.Throws<DomainException>(() => person.Reallocate(Officer("Robin Other"), SpoId, "", Now));

        Assert.Equal("Enter why the responsible officer is changing.", error.Message);
    }

    [Fact]
    public void Reallocate_SameOfficer_Refused()
    {
        var officer = Officer();
        var person = AllocatedTo(officer);

        var error = Assert.Throws<DomainException>(() => person.Reallocate(officer, SpoId, "Workload", Now));

        Assert.Equal("This officer already holds the case. Choose a different officer.", error.Message);
    }

    [Fact]
    public void Reallocate_NotYetAllocated_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.Reallocate(Officer(), SpoId, "Workload", Now));

        Assert.Equal("This case has not been allocated yet. Allocate it to an officer first.", error.Message);
    }

    [Fact]
    public void Reallocate_InactiveOfficer_Refused()
    {
        var person = AllocatedTo(Officer());
        var leaver = Officer("Robin Other");
        leaver.Deactivate();

        Assert.Throws<DomainException>(() => person.Reallocate(leaver, SpoId, "Workload", Now));
    }
}
