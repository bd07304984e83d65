using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using ProbationCase.Domain.Access;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Seeding;

public sealed class DemoRegionSeederTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    // Three teams of an SPO and two officers holding 5–7 cases each: small, but every path is forced early.
    private static readonly DemoRegionSize Small = new(Teams: 3, OfficersPerTeam: 2, MinCasesPerOfficer: 5, MaxCasesPerOfficer: 7, AwaitingAllocationInFirstTeam: 3);

    private async Task<bool> SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(Small);
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_CreatesThreeTeamsEachWithAnOfficeAndAnSpo()
    {
        await SeedAsync();

        var teams = await InScopeAsync(db => db.Teams
            .Select(team => new
            {
                team.Name,
                HasOffice = db.Offices.Any(office => office.Id == team.OfficeId),
                Spos = db.Staff.Count(staff => staff.TeamId == team.Id && staff.Grade == OfficerGrade.SeniorProbationOfficer),
            })
            .ToListAsync());

        Assert.Equal(["Exeter North", "Plymouth Central", "Truro and West Cornwall"], teams.Select(team => team.Name).Order());
        Assert.All(teams, team => Assert.True(team.HasOffice && team.Spos == 1));
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_GivesEveryOfficerACaseloadWithinTheRange()
    {
        await SeedAsync();

        var caseloads = await InScopeAsync(db => db.Staff
            .Where(staff => staff.Grade != OfficerGrade.SeniorProbationOfficer)
            .Select(staff => db.People.Count(person => person.ResponsibleOfficerId == staff.Id))
            .ToListAsync());

        Assert.Equal(6, caseloads.Count);
        Assert.All(caseloads, cases => Assert.InRange(cases, Small.MinCasesPerOfficer, Small.MaxCasesPerOfficer));
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_HasEveryOrderTypeAndEveryRequirementKind()
    {
        await SeedAsync();

        var orderTypes = await InScopeAsync(db => db.Orders.Select(order => order.Type).Distinct().ToListAsync());
        var requirementTypes = await InScopeAsync(db => db.Set<Requirement>().Select(requirement => requirement.Type).Distinct().ToListAsync());

        Assert.Equal(Enum.GetValues<OrderType>(), orderTypes.Order());
        Assert.Equal(Enum.GetValues<RequirementType>(), requirementTypes.Order());
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_RecordsEveryOutcomeAndLeavesSomeUnrecordedAndSomeBooked()
    {
        await SeedAsync();
        var now = DateTimeOffset.UtcNow;

        var outcomes = await InScopeAsync(db => db.Contacts.Where(contact => contact.Outcome != null).Select(contact => contact.Outcome!.Value).Distinct().ToListAsync());
        var notRecorded = await InScopeAsync(db => db.Contacts.CountAsync(contact => contact.Outcome == null && contact.StartsAt <= now));
        var booked = await InScopeAsync(db => db.Contacts.CountAsync(contact => contact.Outcome == null && contact.StartsAt > now));

        Assert.Equal(Enum.GetValues<ContactOutcome>(), outcomes.Order());
        Assert.True(notRecorded > 0, "Expected some past contacts with no outcome recorded.");
        Assert.True(booked > 0, "Expected some contacts booked in the coming weeks.");
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_AcceptableAbsencesHaveReasonAndRationale()
    {
        await SeedAsync();

        var absences = await InScopeAsync(db => db.Contacts
            .Where(contact => contact.Outcome == ContactOutcome.AcceptableAbsence)
            .Select(contact => new { contact.AbsenceReason, contact.AbsenceRationale, contact.AbsenceEvidenceSeen })
            .ToListAsync());

        Assert.NotEmpty(absences);
        Assert.All(absences, absence => Assert.True(absence.AbsenceReason is not null && !string.IsNullOrWhiteSpace(absence.AbsenceRationale) && absence.AbsenceEvidenceSeen is not null));
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_GivesWarningsAndReferralsAtEveryStageOfApproval()
    {
        await SeedAsync();

        var warnings = await InScopeAsync(db => db.Set<EnforcementWarning>().CountAsync());
        var decisions = await InScopeAsync(db => db.Set<EnforcementDecision>()
            .Select(decision => new { decision.Kind, decision.Status, decision.SentAt })
            .ToListAsync());

        Assert.True(warnings > 0);
        Assert.Contains(decisions, decision => decision.Kind == EnforcementDecisionKind.Breach && decision.Status == EnforcementDecisionStatus.PendingApproval);
        Assert.Contains(decisions, decision => decision.Kind == EnforcementDecisionKind.Breach && decision.Status == EnforcementDecisionStatus.Approved && decision.SentAt != null);
        Assert.Contains(decisions, decision => decision.Kind == EnforcementDecisionKind.ProfessionalDiscretion && decision.Status == EnforcementDecisionStatus.PendingApproval);
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_LeavesNewCasesAwaitingAllocationInTheFirstTeamsQueue()
    {
        await SeedAsync();

        var waiting = await InScopeAsync(db => db.People
            .Where(person => person.AllocationStatus == AllocationStatus.AwaitingAllocation)
            .Select(person => new { Team = db.Teams.Single(team => team.Id == person.TeamId).Name, person.ResponsibleOfficerId })
            .ToListAsync());

        Assert.Equal(Small.AwaitingAllocationInFirstTeam, waiting.Count(person => person.Team == "Exeter North"));
        Assert.All(waiting, person => Assert.Null(person.ResponsibleOfficerId));
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_LinksTheDemoSignInsToTheFirstTeam()
    {
        await SeedAsync();

        var ro = await InScopeAsync(db => db.Users.SingleAsync(user => user.Email == "ro@probation.test"));
        var spo = await InScopeAsync(db => db.Users.SingleAsync(user => user.Email == "spo@probation.test"));
        var roCases = await InScopeAsync(db => db.People.CountAsync(person => person.ResponsibleOfficerId == ro.StaffId));
        var spoStaff = await InScopeAsync(db => db.Staff.SingleAsync(staff => staff.Id == spo.StaffId));
        var officerSignIns = await InScopeAsync(db => db.Users.CountAsync(user => user.StaffId != null));

        Assert.Equal(Small.DemoOfficerCases, roCases);
        Assert.Equal(OfficerGrade.SeniorProbationOfficer, spoStaff.Grade);
        Assert.Equal(9, officerSignIns);
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_WritesSignedOffDraftAndReviewedSentencePlans()
    {
        await SeedAsync();

        var plans = await InScopeAsync(db => db.SentencePlans
            .Select(plan => new { Signed = plan.SignedOffAt != null, Reviews = plan.Reviews.Count, Objectives = plan.Objectives.Count })
            .ToListAsync());

        Assert.Contains(plans, plan => plan.Signed);
        Assert.Contains(plans, plan => plan.Reviews > 0);
        Assert.All(plans, plan => Assert.True(plan.Objectives > 0));
    }

    [Fact]
    public async Task SeedAsync_SmallRegion_RestrictsAndExcludesAFewCases()
    {
        await SeedAsync();

        var limits = await InScopeAsync(db => db.People.Where(person => person.AccessLimitation != AccessLimitation.None).Select(person => person.AccessLimitation).ToListAsync());

        Assert.Contains(AccessLimitation.Restriction, limits);
        Assert.Contains(AccessLimitation.Exclusion, limits);
    }

    [Fact]
    public async Task SeedAsync_Twice_SecondRunChangesNothing()
    {
        Assert.True(await SeedAsync());
        var people = await InScopeAsync(db => db.People.CountAsync());
        var contacts = await InScopeAsync(db => db.Contacts.CountAsync());

        var seededAgain = await SeedAsync();

        Assert.False(seededAgain);
        Assert.Equal(people, await InScopeAsync(db => db.People.CountAsync()));
        Assert.Equal(contacts, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task SeedAsync_InProduction_Refuses()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var production = new ProductionEnvironment();
        var seeder = new DemoRegionSeeder(
            services.GetRequiredService<ProbationCase.Infrastructure.Persistence.ProbationCaseDbContext>(),
            services.GetRequiredService<DemoUserSeeder>(),
            production,
            TimeProvider.System,
            NullLogger<DemoRegionSeeder>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(Small));
        Assert.False(await InScopeAsync(db => db.Teams.AnyAsync()));
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "ProbationCase";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
