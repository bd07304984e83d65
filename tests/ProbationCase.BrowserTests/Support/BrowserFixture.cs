using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.BrowserTests.Support;

/// <summary>The real app on Kestrel, driven by Debian's Chromium (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelWebFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        BaseUrl = App.ServerAddress.TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The web factory on a real socket, in its own database.</summary>
public sealed class KestrelWebFactory : ProbationCaseWebFactory
{
    public KestrelWebFactory() => UseKestrel(0);

    protected override string DatabaseSuffix => "browser";

    public string ServerAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress.ToString();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

public static class PageChecks
{
    /// <summary>Runs axe-core against WCAG 2.2 A/AA and fails with each violation's rule and target.</summary>
    public static async Task AssertNoAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
        });
        var problems = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {string.Join(" ", n.Target)}"))
            .ToList();
        Assert.True(problems.Count == 0, $"axe found on {page.Url}:\n{string.Join("\n", problems)}");
    }

    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ProbationCase.Infrastructure.Seeding.DemoUserSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
