using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.BrowserTests.Display;

/// <summary>
/// At a phone's 390×844 [issue 14, Must show 3], My cases, the team caseload, the case overview and the dashboard never
/// scroll sideways (wide tables scroll inside their own pane), pass axe, and the dashboard's chart labels stay readable.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int Width = 390;
    private const int Height = 844;

    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    private async Task<IPage> PhoneAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 3,
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        return page;
    }

    [Fact]
    public async Task CaseloadsOverviewAndDashboard_AtPhoneWidth_HaveNoSidewaysPageScroll()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Widecaseload"));
        await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Secondcase"));
        await InScopeAsync(db => team.AllocatedAsync(db, team.Pso, "Thirdcase"));

        var ro = await PhoneAsync("ro@probation.test");
        await AssertFitsAsync(ro, "/Officer", "#caseload");
        await AssertFitsAsync(ro, $"/Cases/{person.Id}", "h1");

        var spo = await PhoneAsync("spo@probation.test");
        await AssertFitsAsync(spo, "/Spo/Caseload", "#caseload");
        await AssertFitsAsync(spo, "/Spo/Dashboard", "#table-caseload");

        // Chart labels: the SVG is scaled to fit, so the size on screen is the font size times the drawing's scale
        // (the issue measured about 6px before).
        var smallest = await spo.EvaluateAsync<double>(
            @"() => Math.min(...[...document.querySelectorAll('.app-chart svg text')]
                .map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a))");
        Assert.True(smallest >= 12, $"the smallest chart label is {smallest:0.#}px at {Width}px wide");
    }

    private static async Task AssertFitsAsync(IPage page, string url, string landmark)
    {
        await page.GotoAsync(url);
        await page.Locator(landmark).First.WaitForAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        // A phone browser widens its layout viewport to fit content wider than the screen (innerWidth grows with it),
        // so both are measured against the screen's 390px.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);
        if (scrollWidth > Width || viewport > Width)
        {
            // Name what sticks out of the screen outside the scrolling panes, to make the failure useful.
            var wide = await page.EvaluateAsync<string[]>(
                @"() => [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('.moj-scrollable-pane') && e.getBoundingClientRect().right > 391)
                    .slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth)");
            Assert.Fail($"{url}: the page is {scrollWidth}px wide (layout viewport {viewport}px) on a {Width}px screen: {string.Join("; ", wide)}");
        }
    }
}
