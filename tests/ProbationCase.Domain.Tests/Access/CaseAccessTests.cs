using ProbationCase.Domain.Access;
using ProbationCase.Domain.People;

namespace ProbationCase.Domain.Tests.Access;

public class CaseAccessTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("0191a0d2-0000-7000-8000-0000000000c1");
    private static readonly Guid Alex = Guid.Parse("0191a0d2-0000-7000-8000-0000000000c2");
    private static readonly Guid Bailey = Guid.Parse("0191a0d2-0000-7000-8000-0000000000c3");
    private static readonly Guid Casey = Guid.Parse("0191a0d2-0000-7000-8000-0000000000c4");

    private static PersonOnProbation NewPerson() =>
        PersonOnProbation.Create(Crn.Parse("X123456"), "David", "Jones", new DateOnly(1985, 6, 1), Now);

    private static bool VisibleByQuery(PersonOnProbation person, Guid staffUserId) =>
        PersonOnProbation.VisibleTo(staffUserId).Compile()(person);

    [Fact]
    public void CanBeSeenBy_NoLimitation_Everyone()
    {
        var person = NewPerson();

        Assert.True(person.CanBeSeenBy(Alex));
    }

    [Fact]
    public void ExcludeStaff_ExcludedUser_CannotSee()
    {
        var person = NewPerson();

        person.ExcludeStaff(Alex, Admin, Now);

        Assert.Equal((AccessLimitation.Exclusion, false, true), (person.AccessLimitation, person.CanBeSeenBy(Alex), person.CanBeSeenBy(Bailey)));
    }

    [Fact]
    public void ExcludeStaff_Entry_RecordsWhoAndWhen()
    {
        var person = NewPerson();

        var entry = person.ExcludeStaff(Alex, Admin, Now);

        Assert.Equal((person.Id, Alex, AccessLimitation.Exclusion, Admin, Now), (entry.PersonId, entry.StaffUserId, entry.Kind, entry.AddedBy, entry.AddedAt));
    }

    [Fact]
    public void ExcludeStaff_AlreadyExcluded_Refused()
    {
        var person = NewPerson();
        person.ExcludeStaff(Alex, Admin, Now);

        var error = Assert.Throws<DomainException>(() => person.ExcludeStaff(Alex, Admin, Now));

        Assert.Equal("This member of staff is already excluded from the case.", error.Message);
    }

    [Fact]
    public void ExcludeStaff_CaseIsRestricted_Refused()
    {
        var person = NewPerson();
        person.RestrictTo([Alex], Admin, Now);

        var error = Assert.Throws<DomainException>(() => person.ExcludeStaff(Bailey, Admin, Now));

        Assert.Equal("This case is restricted to named staff. Remove the restriction before excluding anyone.", error.Message);
    }

    [Fact]
    public void RestrictTo_NamedStaff_OnlyTheyCanSee()
    {
        var person = NewPerson();

        person.RestrictTo([Alex, Bailey], Admin, Now);

        Assert.Equal((AccessLimitation.Restriction, true, true, false), (person.AccessLimitation, person.CanBeSeenBy(Alex), person.CanBeSeenBy(Bailey), person.CanBeSeenBy(Casey)));
    }

    [Fact]
    public void RestrictTo_NobodyNamed_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.RestrictTo([], Admin, Now));

        Assert.Equal("Choose at least one member of staff who may see this case.", error.Message);
    }

    [Fact]
    public void RestrictTo_CaseHasExclusions_Refused()
    {
        var person = NewPerson();
        person.ExcludeStaff(Alex, Admin, Now);

        Assert.Throws<DomainException>(() => person.RestrictTo([Bailey], Admin, Now));
    }

    [Fact]
    public void RestrictTo_NewList_ReplacesOldAndKeepsHistory()
    {
        var person = NewPerson();
        person.RestrictTo([Alex, Bailey], Admin, Now);

        person.RestrictTo([Bailey, Casey], Admin, Now.AddDays(1));

        Assert.Equal((false, true, true), (person.CanBeSeenBy(Alex), person.CanBeSeenBy(Bailey), person.CanBeSeenBy(Casey)));
        Assert.Equal(3, person.AccessEntries.Count);
        Assert.Equal(2, person.ActiveAccessEntries.Count);
    }

    [Fact]
    public void RemoveExclusion_LastExcluded_CaseUnlimited()
    {
        var person = NewPerson();
        person.ExcludeStaff(Alex, Admin, Now);

        person.RemoveExclusion(Alex, Admin, Now.AddDays(1));

        Assert.Equal((AccessLimitation.None, true), (person.AccessLimitation, person.CanBeSeenBy(Alex)));
    }

    [Fact]
    public void RemoveExclusion_NotExcluded_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() => person.RemoveExclusion(Alex, Admin, Now));

        Assert.Equal("This member of staff is not excluded from the case.", error.Message);
    }

    [Fact]
    public void RemoveLimitation_Restricted_EveryoneCanSeeAndEntriesKept()
    {
        var person = NewPerson();
        person.RestrictTo([Alex], Admin, Now);

        person.RemoveLimitation(Admin, Now.AddDays(1));

        Assert.Equal((AccessLimitation.None, true), (person.AccessLimitation, person.CanBeSeenBy(Casey)));
        var entry = Assert.Single(person.AccessEntries);
        Assert.Equal(((Guid?)Admin, (DateTimeOffset?)Now.AddDays(1)), (entry.RemovedBy, entry.RemovedAt));
    }

    [Fact]
    public void VisibleTo_Restricted_MatchesCanBeSeenBy()
    {
        var person = NewPerson();
        person.RestrictTo([Alex], Admin, Now);

        Assert.Equal((true, false), (VisibleByQuery(person, Alex), VisibleByQuery(person, Bailey)));
    }

    [Fact]
    public void VisibleTo_Excluded_MatchesCanBeSeenBy()
    {
        var person = NewPerson();
        person.ExcludeStaff(Alex, Admin, Now);

        Assert.Equal((false, true), (VisibleByQuery(person, Alex), VisibleByQuery(person, Bailey)));
    }
}
