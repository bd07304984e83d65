using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Domain;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.CaseSummaries;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Tests.Consistency;

/// <summary>
/// Issue 10's consistency check: a region of more than 500 cases, a seeded random run of the operations officers and
/// SPOs perform (through the DbContext and the domain, as the pages do) with the clock moving on between them, then
/// every stored summary against a fresh computation and every list figure against the same figure worked out in memory.
/// </summary>
[Collection(ConsistencyCollection.Name)]
public sealed class CaseSummaryConsistencyTests(ConsistencyWebFactory factory) : IAsyncLifetime
{
    private static readonly DemoRegionSize Region = new(Teams: 2, OfficersPerTeam: 4, MinCasesPerOfficer: 62, MaxCasesPerOfficer: 68, AwaitingAllocationInFirstTeam: 6);

    private readonly Random _random = new(20261202);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RandomOperations_ClockMovingOn_EverySummaryAndListAgreesWithTheAggregates()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(Region);
        }

        var applied = new Dictionary<string, int>();
        for (var step = 0; step < 160; step++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(_random.Next(1, 60)));
            var operation = Operations[_random.Next(Operations.Length)];
            if (await TryAsync(operation))
            {
                applied[operation.Method.Name] = applied.GetValueOrDefault(operation.Method.Name) + 1;
            }
        }

        // Days pass after the last change: nothing is recomputed, yet every dated warning must still be right.
        factory.Clock.Advance(TimeSpan.FromDays(9));

        Assert.True(applied.Count >= 8, "the run should have applied most kinds of operation: " + string.Join(", ", applied.Select(kv => $"{kv.Key} {kv.Value}")));
        await StoredSummaries_EqualFreshComputationAsync();
        await ListFigures_EqualTheFiguresWorkedOutInMemoryAsync();
    }

    private Func<ProbationCaseDbContext, Task<bool>>[] Operations =>
    [
        BookAsync, BookAsync, RecordOutcomeAsync, RecordOutcomeAsync, RecordOutcomeAsync, GiveWarningAsync, ReferBreachAsync, DecideAsync,
        SignOffPlanAsync, ReviewPlanAsync, AllocateAsync, ReallocateAsync, ChangeRiskAsync, ChangeBankHolidaysAsync,
    ];

    private async Task<bool> TryAsync(Func<ProbationCaseDbContext, Task<bool>> operation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        try
        {
            if (!await operation(db))
            {
                return false;
            }

            await db.SaveChangesAsync();
            return true;
        }
        catch (DomainException)
        {
            // A refusal the page would show as an error: nothing is saved.
            return false;
        }
    }

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private DateOnly Today => LondonClock.DateOf(Now);

    private async Task<T?> PickAsync<T>(IQueryable<T> candidates)
    {
        var count = await candidates.CountAsync();
        return count == 0 ? default : await candidates.Skip(_random.Next(count)).FirstAsync();
    }

    private async Task<bool> BookAsync(ProbationCaseDbContext db)
    {
        var order = await PickAsync(db.Orders.Include(o => o.Requirements).Where(o => o.ActualEndDate == null).OrderBy(o => o.Id));
        if (order is null) return false;
        var officer = await db.People.Where(p => p.Id == order.PersonId).Select(p => p.ResponsibleOfficerId).SingleAsync();
        var startsAt = Now.AddDays(_random.Next(-3, 10)).AddHours(_random.Next(0, 8));
        var rar = order.Rar;
        var arrangement = rar is not null && _random.Next(2) == 0
            ? new ContactArrangement(ContactType.RarActivity, startsAt, true, ContactDeliverer.ResponsibleOfficer, officer, RequirementId: rar.Id)
            : new ContactArrangement(ContactType.OfficeAppointment, startsAt, true, ContactDeliverer.ResponsibleOfficer, officer);
        db.Contacts.Add(order.ArrangeContact(arrangement, Now));
        return true;
    }

    private async Task<bool> RecordOutcomeAsync(ProbationCaseDbContext db)
    {
        var now = Now;
        var contact = await PickAsync(db.Contacts.Where(c => c.Outcome == null && c.StartsAt <= now).OrderBy(c => c.Id));
        if (contact is null) return false;
        var order = await db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == contact.OrderId);
        var outcome = new[] { ContactOutcome.AttendedComplied, ContactOutcome.AttendedComplied, ContactOutcome.UnacceptableAbsence, ContactOutcome.AcceptableAbsence, ContactOutcome.Rescheduled }[_random.Next(5)];
        var absence = outcome == ContactOutcome.AcceptableAbsence ? new AcceptableAbsence(AcceptableAbsenceReason.Medical, "GP letter seen", true) : null;
        contact.RecordOutcome(outcome, absence, Guid.NewGuid(), now);
        if (outcome.IsEnforceable())
        {
            order.RecordUnacceptableFailure(contact, Guid.NewGuid(), now);
        }

        return true;
    }

    private async Task<bool> GiveWarningAsync(ProbationCaseDbContext db)
    {
        var order = await PickAsync(db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions)
            .Where(o => o.Failures.Any(f => f.RequiredAction == RequiredEnforcementAction.Warning && !o.Warnings.Any(w => w.FailureId == f.Id))).OrderBy(o => o.Id));
        if (order is null) return false;
        var failure = order.FailuresNotDealtWith.First(f => f.RequiredAction == RequiredEnforcementAction.Warning);
        var givenOn = failure.OccurredOn.AddDays(1) <= Today ? failure.OccurredOn.AddDays(1) : Today;
        order.GiveWarning(failure.Id, Guid.NewGuid(), givenOn, "Missed appointment; a further failure within 12 months can mean a return to court.", Today);
        return true;
    }

    private async Task<bool> ReferBreachAsync(ProbationCaseDbContext db)
    {
        var order = await PickAsync(db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions)
            .Where(o => o.Failures.Any(f => f.RequiredAction == RequiredEnforcementAction.Breach && !o.Decisions.Any(d => d.FailureId == f.Id))).OrderBy(o => o.Id));
        if (order is null) return false;
        var failure = order.FailuresNotDealtWith.First(f => f.RequiredAction == RequiredEnforcementAction.Breach);
        order.ReferBreach(failure.Id, Guid.NewGuid(), "A further failure within 12 months of a warning.", Now);
        return true;
    }

    private async Task<bool> DecideAsync(ProbationCaseDbContext db)
    {
        var order = await PickAsync(db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions)
            .Where(o => o.Decisions.Any(d => d.Status == EnforcementDecisionStatus.PendingApproval)).OrderBy(o => o.Id));
        if (order is null) return false;
        var spo = await db.Staff.FirstAsync(s => s.Grade == OfficerGrade.SeniorProbationOfficer);
        var decision = order.Decisions.First(d => d.Status == EnforcementDecisionStatus.PendingApproval);
        if (_random.Next(3) == 0)
        {
            order.RejectDecision(decision.Id, spo, "Not enough evidence of the failure.", Now);
        }
        else
        {
            order.ApproveDecision(decision.Id, spo, "Approved.", Now);
        }

        return true;
    }

    private async Task<bool> SignOffPlanAsync(ProbationCaseDbContext db)
    {
        var order = await PickAsync(db.Orders.Include(o => o.Requirements)
            .Where(o => o.ActualEndDate == null && !db.SentencePlans.Any(plan => plan.OrderId == o.Id && plan.SignedOffAt != null)).OrderBy(o => o.Id));
        if (order is null) return false;
        var person = await db.People.SingleAsync(p => p.Id == order.PersonId);
        var plan = await db.SentencePlans.Include(p => p.Objectives).SingleOrDefaultAsync(p => p.OrderId == order.Id);
        if (plan is null)
        {
            plan = SentencePlan.Start(order, Guid.NewGuid(), Now);
            db.SentencePlans.Add(plan);
        }

        plan.AddObjective(order, new ObjectiveDetails("Keep appointments", Needs.Lifestyle, RiskArea.KeepingOthersSafe, "Weekly supervision", "Responsible officer"));
        plan.RecordPersonsViews("Wants to keep working.", true);
        plan.SignOff(person.Risk, Guid.NewGuid(), Now.AddDays(-1), Now);
        return true;
    }

    private async Task<bool> ReviewPlanAsync(ProbationCaseDbContext db)
    {
        var plan = await PickAsync(db.SentencePlans.Include(p => p.Objectives).Include(p => p.Reviews).Include(p => p.Triggers)
            .Where(p => p.SignedOffAt != null).OrderBy(p => p.Id));
        if (plan is null) return false;
        var person = await db.People.SingleAsync(p => p.Id == plan.PersonId);
        if (_random.Next(2) == 0)
        {
            plan.RecordReviewTrigger(ReviewTrigger.ChangeOfAddress, Today, "Moved house.");
        }
        else
        {
            plan.RecordReview(person.Risk, Guid.NewGuid(), Today, "Progress on every objective.", Now);
        }

        return true;
    }

    private async Task<bool> AllocateAsync(ProbationCaseDbContext db)
    {
        var person = await PickAsync(db.People.Include(p => p.Allocations).Where(p => p.AllocationStatus == AllocationStatus.AwaitingAllocation).OrderBy(p => p.Id));
        if (person is null) return false;
        var officer = await PickAsync(db.Staff.Where(s => s.TeamId == person.TeamId && s.IsActive && s.Grade != OfficerGrade.SeniorProbationOfficer).OrderBy(s => s.Id));
        if (officer is null) return false;
        person.Allocate(officer, Guid.NewGuid(), "Capacity and continuity.", Now);
        return true;
    }

    private async Task<bool> ReallocateAsync(ProbationCaseDbContext db)
    {
        var person = await PickAsync(db.People.Include(p => p.Allocations).Where(p => p.AllocationStatus == AllocationStatus.Allocated).OrderBy(p => p.Id));
        if (person is null) return false;
        var officer = await PickAsync(db.Staff.Where(s => s.TeamId != null && s.IsActive && s.Id != person.ResponsibleOfficerId && s.Grade != OfficerGrade.SeniorProbationOfficer).OrderBy(s => s.Id));
        if (officer is null) return false;
        person.Reallocate(officer, Guid.NewGuid(), "Officer moving team.", Now);
        return true;
    }

    private async Task<bool> ChangeRiskAsync(ProbationCaseDbContext db)
    {
        var person = await PickAsync(db.People.Include(p => p.RiskHistory).OrderBy(p => p.Id));
        if (person is null) return false;
        var rosh = new[] { RoshLevel.Low, RoshLevel.Medium, RoshLevel.High, RoshLevel.VeryHigh }[_random.Next(4)];
        person.AssessRisk(person.Risk with { Rosh = rosh }, Guid.NewGuid(), "New information from the police.", Now);
        return true;
    }

    private async Task<bool> ChangeBankHolidaysAsync(ProbationCaseDbContext db)
    {
        var day = Today.AddDays(_random.Next(-20, 20));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var existing = await db.BankHolidays.SingleOrDefaultAsync(holiday => holiday.Date == day);
        if (existing is null)
        {
            db.BankHolidays.Add(BankHoliday.Create(day, "Extra bank holiday"));
        }
        else
        {
            db.BankHolidays.Remove(existing);
        }

        await db.SaveChangesAsync();
        // As the administration page does: the change of calendar makes summaries stale, and the rebuild redoes them.
        Assert.True(await factory.Services.GetRequiredService<CaseSummaryRebuild>().RunAsync(CancellationToken.None) > 0);
        return false;
    }

    private async Task StoredSummaries_EqualFreshComputationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var upkeep = scope.ServiceProvider.GetRequiredService<CaseSummaryUpkeep>();
        var rules = await upkeep.RulesAsync(db, CancellationToken.None);
        var ids = await db.People.Select(p => p.Id).ToListAsync();
        var files = await CaseFiles.LoadAsync(db, ids, CancellationToken.None);
        var stored = await db.CaseSummaries.AsNoTracking().ToDictionaryAsync(s => s.PersonId);

        Assert.True(ids.Count > 500, $"the region has {ids.Count} cases");
        Assert.Equal(ids.Count, stored.Count);
        foreach (var file in files)
        {
            var fresh = JsonSerializer.Serialize(CaseSummary.Compute(file, rules));
            Assert.Equal(fresh, JsonSerializer.Serialize(stored[file.Person.Id]));
        }
    }

    private async Task ListFigures_EqualTheFiguresWorkedOutInMemoryAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ProbationCaseDbContext>();
        var spoUser = await db.Users.SingleAsync(user => user.Email == "spo@probation.test");
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, spoUser.Id.ToString()), new Claim(CurrentStaff.StaffIdClaim, spoUser.StaffId!.Value.ToString())], "Test")),
        };

        // In memory: every case the SPO may see, re-summarised from its aggregates and judged by the domain.
        var rules = await services.GetRequiredService<CaseSummaryUpkeep>().RulesAsync(db, CancellationToken.None);
        var files = await CaseFiles.LoadAsync(db, await db.People.Select(p => p.Id).ToListAsync(), CancellationToken.None);
        var day = CaseloadDay.At(Now);
        var onCaseload = CaseloadWarnings.OnCaseload(day).Compile();
        var visible = files.Where(file => file.Person.CanBeSeenBy(spoUser.Id)).Select(file => CaseSummary.Compute(file, rules)).ToList();
        var caseload = visible.Where(s => s.AllocationStatus == AllocationStatus.Allocated && onCaseload(s)).ToList();
        var team = (await services.GetRequiredService<SpoTeam>().FindAsync())!;
        var officers = await services.GetRequiredService<SpoTeam>().OfficersAsync(team.TeamId);

        var query = services.GetRequiredService<CaseloadQuery>();
        var dashboard = await services.GetRequiredService<TeamDashboardQuery>().ComputeAsync(team.TeamId);
        var workloads = await services.GetRequiredService<AllocationQueries>().WorkloadsAsync(team.TeamId);
        var queues = services.GetRequiredService<OfficerQueuesQuery>();
        foreach (var officer in officers)
        {
            var theirs = caseload.Where(s => s.ResponsibleOfficerId == officer.Id).ToList();
            var myCases = await query.RunAsync(new CaseloadRequest(CaseloadScope.ForOfficer(officer.Id)));
            var teamView = await query.RunAsync(new CaseloadRequest(CaseloadScope.ForTeam(team.TeamId, officer.Id)));
            var figures = dashboard.Officers.Single(row => row.OfficerId == officer.Id);
            foreach (var warning in CaseloadWarnings.All)
            {
                var expected = theirs.Count(s => CaseloadWarnings.Has(s, warning, day));
                Assert.Equal(expected, myCases.WarningCounts[warning]);
                Assert.Equal(expected, teamView.WarningCounts[warning]);
                Assert.Equal(expected, figures.Warnings[warning]);
                var filtered = await query.RunAsync(new CaseloadRequest(CaseloadScope.ForOfficer(officer.Id), Warning: warning, PageSize: 100));
                Assert.Equal(theirs.Where(s => CaseloadWarnings.Has(s, warning, day)).Select(s => s.PersonId).Order(), filtered.Rows.Select(r => r.PersonId).Order());
            }

            Assert.Equal(theirs.Count, myCases.TotalCases);
            Assert.Equal(theirs.Count, figures.Cases);
            Assert.Equal(theirs.Sum(s => s.WorkloadWeight), figures.WeightedWorkload);
            var workload = workloads.Single(w => w.OfficerId == officer.Id);
            Assert.Equal(theirs.Count, workload.Cases);
            Assert.Equal(theirs.Sum(s => s.WorkloadWeight), workload.WeightedWorkload);

            var queued = await queues.GetAsync(officer.Id);
            Assert.Equal(theirs.Sum(CaseloadWarnings.OutcomesNotRecorded(day).Compile()), queued.OutcomesNotRecordedTotal);
            Assert.Equal(theirs.Count(s => CaseloadWarnings.Has(s, CaseloadWarning.FailureWithoutDecision, day)), queued.EnforcementDecisionsDue.Count);
            Assert.Equal(theirs.Count(s => s.BreachAwaitingApprovalSince is not null), queued.BreachesAwaitingApproval.Count);
        }

        var teamCases = visible.Where(s => s.TeamId == team.TeamId).ToList();
        var teamCaseload = await query.RunAsync(new CaseloadRequest(CaseloadScope.ForTeam(team.TeamId)));
        Assert.Equal(caseload.Count(s => s.TeamId == team.TeamId), teamCaseload.TotalCases);
        Assert.Equal(teamCases.Count(s => s.AllocationStatus == AllocationStatus.AwaitingAllocation), (await services.GetRequiredService<AllocationQueries>().QueueAsync(team.TeamId)).Count);
    }
}
