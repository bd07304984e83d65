using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Spo;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Spo;

/// <summary>The dashboard's figures (cases on a live order, as on the caseloads) against independent SQL over a small demo region seeded through the domain.</summary>
public sealed class TeamDashboardFiguresTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static readonly DemoRegionSize Small = new(Teams: 2, OfficersPerTeam: 3, MinCasesPerOfficer: 6, MaxCasesPerOfficer: 9, AwaitingAllocationInFirstTeam: 2);

    private async Task<(TeamDashboard Dashboard, Guid TeamId)> SeedAndComputeAsync()
    {
        await using (var seed = Factory.Services.CreateAsyncScope())
        {
            await seed.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(Small);
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var spo = await db.Users.SingleAsync(user => user.Email == "spo@probation.test");
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, spo.Id.ToString()), new Claim(CurrentStaff.StaffIdClaim, spo.StaffId!.Value.ToString())], "Test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal };
        var team = await scope.ServiceProvider.GetRequiredService<SpoTeam>().FindAsync();
        var dashboard = await scope.ServiceProvider.GetRequiredService<TeamDashboardQuery>().ComputeAsync(team!.TeamId);
        return (dashboard, team.TeamId);
    }

    private static DateOnly Today => LondonClock.Today(TimeProvider.System);

    private Task<int> SqlAsync(FormattableString sql) =>
        InScopeAsync(db => db.Database.SqlQuery<int>(sql).SingleAsync());

    [Fact]
    public async Task ComputeAsync_CasesPerOfficer_EqualIndependentSql()
    {
        var (dashboard, teamId) = await SeedAndComputeAsync();

        foreach (var officer in dashboard.Officers)
        {
            var expected = await SqlAsync($"SELECT count(*)::int AS \"Value\" FROM people p WHERE p.responsible_officer_id = {officer.OfficerId} AND p.team_id = {teamId} AND p.allocation_status = 'Allocated' AND EXISTS (SELECT 1 FROM orders lo WHERE lo.person_id = p.id AND coalesce(lo.actual_end_date, lo.expected_end_date) >= {Today})");
            Assert.Equal(expected, officer.Cases);
        }

        Assert.True(dashboard.Team.Cases > 0);
    }

    [Fact]
    public async Task ComputeAsync_OutcomesNotRecorded_EqualIndependentSql()
    {
        var (dashboard, teamId) = await SeedAndComputeAsync();

        var expected = await SqlAsync($"""
            SELECT count(DISTINCT p.id)::int AS "Value" FROM contacts c JOIN people p ON p.id = c.person_id
            WHERE p.team_id = {teamId} AND p.allocation_status = 'Allocated' AND c.outcome IS NULL AND c.starts_at <= now() AND EXISTS (SELECT 1 FROM orders lo WHERE lo.person_id = p.id AND coalesce(lo.actual_end_date, lo.expected_end_date) >= {Today})
            """);

        Assert.Equal(expected, dashboard.Team.OutcomesNotRecorded);
        Assert.True(expected > 0, "the demo region should have some outcomes not recorded");
    }

    [Fact]
    public async Task ComputeAsync_BreachesInProgress_EqualIndependentSql()
    {
        var (dashboard, teamId) = await SeedAndComputeAsync();

        var expected = await SqlAsync($"""
            SELECT count(DISTINCT p.id)::int AS "Value" FROM enforcement_decisions d JOIN orders o ON o.id = d.order_id JOIN people p ON p.id = o.person_id
            WHERE p.team_id = {teamId} AND p.allocation_status = 'Allocated' AND EXISTS (SELECT 1 FROM orders lo WHERE lo.person_id = p.id AND coalesce(lo.actual_end_date, lo.expected_end_date) >= {Today})
              AND d.kind = 'Breach' AND d.status <> 'Rejected' AND d.court_outcome IS NULL
            """);

        Assert.Equal(expected, dashboard.Team.BreachesInProgress);
        Assert.True(expected > 0, "the demo region forces a pending and a sent breach in the first team");
    }

    [Fact]
    public async Task ComputeAsync_FailuresWithoutDecision_EqualIndependentSql()
    {
        var (dashboard, teamId) = await SeedAndComputeAsync();

        var expected = await SqlAsync($"""
            SELECT count(DISTINCT p.id)::int AS "Value" FROM unacceptable_failures f JOIN orders o ON o.id = f.order_id JOIN people p ON p.id = o.person_id
            WHERE p.team_id = {teamId} AND p.allocation_status = 'Allocated' AND EXISTS (SELECT 1 FROM orders lo WHERE lo.person_id = p.id AND coalesce(lo.actual_end_date, lo.expected_end_date) >= {Today})
              AND f.occurred_on > {Today.AddMonths(-12)}
              AND NOT EXISTS (SELECT 1 FROM enforcement_warnings w WHERE w.failure_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM enforcement_decisions d WHERE d.failure_id = f.id AND d.status <> 'Rejected')
            """);

        Assert.Equal(expected, dashboard.Team.FailuresWithoutDecision);
    }

    [Fact]
    public async Task ComputeAsync_RequirementsNotStarted_EqualIndependentSql()
    {
        var (dashboard, teamId) = await SeedAndComputeAsync();
        var cutoff = LondonClock.Today(TimeProvider.System).AddDays(-28);

        var expected = await SqlAsync($"""
            SELECT count(DISTINCT p.id)::int AS "Value" FROM requirements r JOIN orders o ON o.id = r.order_id JOIN people p ON p.id = o.person_id
            WHERE p.team_id = {teamId} AND p.allocation_status = 'Allocated' AND EXISTS (SELECT 1 FROM orders lo WHERE lo.person_id = p.id AND coalesce(lo.actual_end_date, lo.expected_end_date) >= {Today})
              AND r.status = 'AwaitingStart' AND o.actual_end_date IS NULL AND o.sentence_date < {cutoff}
            """);

        Assert.Equal(expected, dashboard.Team.RequirementsNotStarted);
    }
}
