using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.CaseSummaries;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Tests.Spo;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Consistency;

/// <summary>The officer's, the team's and the dashboard's view of a caseload say the same; paging and saves keep them so.</summary>
public sealed class CaseloadViewsTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static Dictionary<CaseloadWarning, int> WarningCounts(IDocument page) =>
        page.QuerySelectorAll("#warning-counts li").ToDictionary(
            item => Enum.Parse<CaseloadWarning>(item.GetAttribute("data-warning")!),
            item => int.Parse(item.QuerySelector("strong")!.TextContent, CultureInfo.InvariantCulture));

    [Fact]
    public async Task DemoRegion_EachOfficersWarnings_SameOnMyCasesTeamCaseloadAndDashboard()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(DemoRegionSize.Default);
        }

        var ro = await SignedInClientAsync("ro@probation.test");
        var spo = await SignedInClientAsync("spo@probation.test");
        var myCases = WarningCounts(await ro.GetDocumentAsync("/Officer"));
        var dashboard = await spo.GetDocumentAsync("/Spo/Dashboard");
        var headers = dashboard.QuerySelectorAll("#table-warnings thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var officers = await InScopeAsync(async db =>
        {
            var spoStaff = await db.Users.Where(u => u.Email == "spo@probation.test").Select(u => u.StaffId).SingleAsync();
            var teamId = await db.Staff.Where(s => s.Id == spoStaff).Select(s => s.TeamId).SingleAsync();
            return await db.Staff.Where(s => s.TeamId == teamId && s.IsActive).Select(s => new { s.Id, s.Name }).ToListAsync();
        });
        var roStaff = await InScopeAsync(db => db.Users.Where(u => u.Email == "ro@probation.test").Select(u => u.StaffId!.Value).SingleAsync());

        Assert.Contains(officers, officer => officer.Id == roStaff);
        Assert.True(myCases.Values.Sum() > 0, "the demo officer's caseload should need some action");
        foreach (var officer in officers)
        {
            var teamView = WarningCounts(await spo.GetDocumentAsync($"/Spo/Caseload?Officer={officer.Id}"));
            var row = dashboard.QuerySelectorAll("#table-warnings tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == officer.Name);
            // Each figure is a link to its cases; its visually hidden context is not part of the number.
            var cells = row.QuerySelectorAll("td").Select(td => int.Parse(VisibleText(td), CultureInfo.InvariantCulture)).ToList();
            foreach (var warning in CaseloadWarnings.All)
            {
                var onDashboard = cells[headers.IndexOf(UiDefaults.Of(warning))];
                Assert.Equal(teamView[warning], onDashboard);
                if (officer.Id == roStaff)
                {
                    Assert.Equal(myCases[warning], teamView[warning]);
                }
            }
        }
    }

    [Fact]
    public async Task TeamCaseload_MoreThanFiftyCases_PagesThroughEveryCaseKeepingSortAndFilter()
    {
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        for (var i = 0; i < 56; i++)
        {
            await InScopeAsync(db => team.AllocatedAsync(db, i % 2 == 0 ? team.Officer : team.Pso, $"Paged{i:00}"));
        }

        var spo = await SignedInClientAsync("spo@probation.test");
        var seen = new List<string>();
        var link = "/Spo/Caseload?Sort=Crn&Dir=desc";
        for (var pages = 0; link is not null && pages < 5; pages++)
        {
            var page = await spo.GetDocumentAsync(link);
            Assert.DoesNotContain("Error", page.Title, StringComparison.Ordinal);
            seen.AddRange(page.QuerySelectorAll("#caseload tbody tr").Select(tr => tr.GetAttribute("data-crn")!));
            link = page.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
            Assert.True(link is null || (link.Contains("Sort=Crn", StringComparison.Ordinal) && link.Contains("Dir=desc", StringComparison.Ordinal)), link);
        }

        Assert.Equal(56, seen.Count);
        Assert.Equal(seen.OrderByDescending(crn => crn, StringComparer.Ordinal), seen);

        var officerOnly = new List<string>();
        link = $"/Spo/Caseload?Officer={team.Officer.Id}&Sort=Crn";
        for (var pages = 0; link is not null && pages < 5; pages++)
        {
            var page = await spo.GetDocumentAsync(link);
            var rows = page.QuerySelectorAll("#caseload tbody tr").ToList();
            Assert.All(rows, tr => Assert.Equal(team.Officer.Id.ToString(), tr.GetAttribute("data-officer")));
            officerOnly.AddRange(rows.Select(tr => tr.GetAttribute("data-crn")!));
            link = page.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
            Assert.True(link is null || link.Contains($"Officer={team.Officer.Id}", StringComparison.OrdinalIgnoreCase), link);
        }

        Assert.Equal(28, officerOnly.Distinct().Count());
    }

    [Fact]
    public async Task SaveThatLosesAConcurrencyRace_LeavesTheSummaryAsTheWinnerLeftIt()
    {
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var booked = await InScopeAsync(async db =>
        {
            var loaded = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == order.Id);
            var contact = loaded.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddHours(-2), true, ContactDeliverer.ResponsibleOfficer, team.Officer.Id), DateTimeOffset.UtcNow.AddDays(-1));
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact;
        });

        await using var first = Factory.Services.CreateAsyncScope();
        await using var second = Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var firstCopy = await firstDb.Contacts.SingleAsync(c => c.Id == booked.Id);
        var secondCopy = await secondDb.Contacts.SingleAsync(c => c.Id == booked.Id);
        firstCopy.RecordOutcome(ContactOutcome.AttendedComplied, null, team.Officer.Id, DateTimeOffset.UtcNow);
        await firstDb.SaveChangesAsync();
        var afterWinner = await SummaryJsonAsync(person.Id);
        secondCopy.RecordOutcome(ContactOutcome.Rescheduled, null, team.Officer.Id, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());

        Assert.Equal(afterWinner, await SummaryJsonAsync(person.Id));
        Assert.Equal(await FreshSummaryJsonAsync(person.Id), afterWinner);
        Assert.Contains("\"EarliestBookingWithoutOutcome\":null", afterWinner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoWritersOnOneCaseAtOnce_SummaryEqualsRecomputation()
    {
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));

        for (var round = 0; round < 5; round++)
        {
            var booking = InScopeAsync(async db =>
            {
                var loaded = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == order.Id);
                db.Contacts.Add(loaded.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(round + 1), true, ContactDeliverer.ResponsibleOfficer, team.Officer.Id), DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            });
            var riskChange = InScopeAsync(async db =>
            {
                var loaded = await db.People.Include(p => p.RiskHistory).SingleAsync(p => p.Id == person.Id);
                loaded.AssessRisk(loaded.Risk with { Rosh = round % 2 == 0 ? RoshLevel.High : RoshLevel.Medium }, team.Spo.Id, "New information.", DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
            });
            await Task.WhenAll(booking, riskChange);
        }

        var stored = await SummaryJsonAsync(person.Id);
        Assert.Equal(await FreshSummaryJsonAsync(person.Id), stored);
        var (risk, summarised) = await InScopeAsync(async db => (
            await db.People.Where(p => p.Id == person.Id).Select(p => p.Risk.Rosh).SingleAsync(),
            await db.CaseSummaries.Where(s => s.PersonId == person.Id).Select(s => s.Rosh).SingleAsync()));
        Assert.Equal(RoshLevel.High, risk);
        Assert.Equal(risk, summarised);
    }

    private Task<string> SummaryJsonAsync(Guid personId) =>
        InScopeAsync(async db => System.Text.Json.JsonSerializer.Serialize(await db.CaseSummaries.AsNoTracking().SingleAsync(s => s.PersonId == personId)));

    private Task<string> FreshSummaryJsonAsync(Guid personId) =>
        InScopeAsync(async db =>
        {
            var rules = await Factory.Services.GetRequiredService<CaseSummaryUpkeep>().RulesAsync(db, CancellationToken.None);
            var file = (await CaseFiles.LoadAsync(db, [personId], CancellationToken.None)).Single();
            return System.Text.Json.JsonSerializer.Serialize(CaseSummary.Compute(file, rules));
        });

    private static string VisibleText(AngleSharp.Dom.IElement cell) =>
        string.Concat(cell.Descendants<AngleSharp.Dom.IText>()
            .Where(text => text.ParentElement?.ClassList.Contains("govuk-visually-hidden") != true)
            .Select(text => text.Text)).Trim();
}
