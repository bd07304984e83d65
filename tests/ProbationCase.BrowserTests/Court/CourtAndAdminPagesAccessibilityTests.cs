using Microsoft.Extensions.DependencyInjection;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.BrowserTests.Court;

/// <summary>axe on the court and administration pages the court journey does not pass through.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourtAndAdminPagesAccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("court@probation.test", "/Court")]
    [InlineData("court@probation.test", "/Court/Concordance")]
    [InlineData("court@probation.test", "/Court/Reports/New")]
    [InlineData("admin@probation.test", "/Admin")]
    [InlineData("admin@probation.test", "/Admin/Interventions")]
    [InlineData("admin@probation.test", "/Admin/Interventions/New")]
    [InlineData("admin@probation.test", "/Admin/BankHolidays?year=2026")]
    public async Task Page_SignedInForItsRole_HasNoAccessibilityViolations(string email, string path)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ReportSectionsAndInterventionEdit_HaveNoAccessibilityViolations()
    {
        var (reportId, interventionId) = await SeedOralReportAsync();
        var court = await browser.NewPageAsync();
        await court.SignInAsync("court@probation.test");
        string[] reportPages =
        [
            "sources", "offence-analysis", "rosh", "scores", "victim-impact", "factors",
        ];

        foreach (var path in reportPages.Select(section => $"/Court/Reports/{reportId}/Assessment/{section}")
                     .Append($"/Court/Reports/{reportId}/TypedRecord"))
        {
            var response = await court.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await court.AssertNoAccessibilityViolationsAsync();
        }

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@probation.test");
        var edit = await admin.GotoAsync($"/Admin/Interventions/{interventionId}");
        Assert.Equal(200, edit!.Status);
        await admin.AssertNoAccessibilityViolationsAsync();
    }

    private async Task<(Guid ReportId, Guid InterventionId)> SeedOralReportAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var crn = $"Z{Random.Shared.Next(100000, 999999)}";
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var person = PersonOnProbation.Create(Crn.Parse(crn), "Avery", "Sample", new DateOnly(1988, 2, 14), now);
        var report = PreSentenceReport.Create(person.Id, PsrType.Oral, "Exeter Magistrates' Court", DateOnly.FromDateTime(now.UtcDateTime),
            [new OffenceDetails("Theft from a shop", new DateOnly(2026, 10, 1))], Guid.CreateVersion7(), now);
        var intervention = Intervention.Create($"Victim awareness {crn}", InterventionType.RarActivity, 4, "Probation", "Truro", false, true);
        db.AddRange(person, report, intervention);
        await db.SaveChangesAsync();
        return (report.Id, intervention.Id);
    }
}
