using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;

namespace ProbationCase.BrowserTests.Foundation;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignInPage_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/Account/SignIn");

        Assert.Equal("Sign in to ProbationCase", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task SignInPage_WithErrors_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("ro@probation.test", "/Officer")]
    [InlineData("spo@probation.test", "/Spo")]
    [InlineData("court@probation.test", "/Court")]
    [InlineData("admin@probation.test", "/Admin")]
    public async Task SignIn_EachRole_LandsOnAnAccessibleHomePage(string email, string home)
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync(email);

        Assert.EndsWith(home, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(email, await page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
