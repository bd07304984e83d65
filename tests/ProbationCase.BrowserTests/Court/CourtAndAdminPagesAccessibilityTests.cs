using ProbationCase.BrowserTests.Support;

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
}
