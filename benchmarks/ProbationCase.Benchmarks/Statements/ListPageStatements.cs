using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Benchmarks.National;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Benchmarks.Statements;

/// <summary>A page the harness and the index guard read, as a signed-in member of staff sees it.</summary>
public sealed record ListPage(string Name, string Role, string Url);

/// <summary>The SQL one view of a page sent.</summary>
public sealed record PageStatements(ListPage Page, IReadOnlyList<CapturedCommand> Commands)
{
    /// <summary>The reads (what EXPLAIN and pgbench replay); audit inserts and the like are left out.</summary>
    public IEnumerable<CapturedCommand> Queries => Commands.Where(command => IsQuery(command.Sql));

    public static bool IsQuery(string sql) => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Runs the real app in process (the same Program, pages, query classes and DbContext, with an EF command
/// interceptor added) over a generated region, signs in through the real sign-in page as an officer, their
/// SPO and the team's court liaison officer, and requests each list page, recording the SQL each one sent.
/// The pages are found the way a user finds them: a case, a warning filter and the deepest page are links
/// on My cases; the RAR page is a link on the case. Whatever query class a page uses, its statements are
/// what is captured, so the index guard and the baselines follow the app when its queries change.
/// </summary>
public sealed partial class ListPageStatements(string connectionString) : IAsyncDisposable
{
    private readonly QueryCapture _capture = new();
    private CaptureFactory? _factory;

    public async Task<IReadOnlyList<PageStatements>> CaptureAsync(int team = 1, int officer = 1, CancellationToken cancellationToken = default)
    {
        _factory ??= new CaptureFactory(connectionString, _capture);
        var pages = await DiscoverAsync(team, officer, cancellationToken);
        var captured = new List<PageStatements>();
        foreach (var (page, client) in pages)
        {
            // Once to warm the app (first-use compilation, caches), once recorded.
            await GetAsync(client, page.Url, cancellationToken);
            _capture.Start();
            await GetAsync(client, page.Url, cancellationToken);
            captured.Add(new PageStatements(page, _capture.Stop()));
        }

        return captured;
    }

    /// <summary>The list pages, found by following links as a user would; each with the client signed in as its role.</summary>
    public async Task<IReadOnlyList<(ListPage Page, HttpClient Client)>> DiscoverAsync(int team, int officer, CancellationToken cancellationToken)
    {
        _factory ??= new CaptureFactory(connectionString, _capture);
        var ro = await SignInAsync(NationalRegion.OfficerEmail(team, officer), cancellationToken);
        var spo = await SignInAsync(NationalRegion.SpoEmail(team), cancellationToken);
        var court = await SignInAsync(NationalRegion.CourtEmail(team), cancellationToken);
        var pages = new List<(ListPage, HttpClient)>();
        void Add(string name, string role, HttpClient client, string? url)
        {
            if (url is not null)
            {
                pages.Add((new ListPage(name, role, url), client));
            }
        }

        var myCases = await GetAsync(ro, "/Officer", cancellationToken);
        Add("My cases, first page", "RO", ro, "/Officer");
        Add("My cases, warning filter", "RO", ro, Links(myCases).FirstOrDefault(link => link.StartsWith("/Officer?", StringComparison.Ordinal) && link.Contains("Warning=", StringComparison.Ordinal)));
        Add("My cases, deepest page", "RO", ro, DeepestPage(myCases, "/Officer"));
        Add("Officer queues", "RO", ro, "/Officer/Queues");

        var cases = Links(myCases).Where(link => CasePath().IsMatch(link)).Distinct().ToList();
        if (cases.Count > 0)
        {
            Add("Case overview", "RO", ro, cases[0]);
            Add("Activity log", "RO", ro, $"{cases[0]}/Activity");
        }

        foreach (var person in cases.Take(25))
        {
            var overview = await GetAsync(ro, person, cancellationToken);
            if (Links(overview).FirstOrDefault(link => link.StartsWith(person + "/Orders/", StringComparison.Ordinal) && link.EndsWith("/Rar", StringComparison.Ordinal)) is { } rar)
            {
                Add("RAR page", "RO", ro, rar);
                break;
            }
        }

        var (surname, crn) = await SearchTermsAsync(team, cancellationToken);
        Add("Search by name", "RO", ro, $"/Search?Query={Uri.EscapeDataString(surname)}");
        Add("Search by CRN", "RO", ro, $"/Search?Query={Uri.EscapeDataString(crn)}");

        Add("SPO home", "SPO", spo, "/Spo");
        var teamCaseload = await GetAsync(spo, "/Spo/Caseload", cancellationToken);
        Add("Team caseload, first page", "SPO", spo, "/Spo/Caseload");
        Add("Team caseload, deepest page", "SPO", spo, DeepestPage(teamCaseload, "/Spo/Caseload"));
        Add("Dashboard", "SPO", spo, "/Spo/Dashboard");
        Add("Allocations", "SPO", spo, "/Spo/Allocations");
        var workList = await GetAsync(court, "/Court", cancellationToken);
        Add("Court work list", "Court", court, "/Court");
        Add("Court work list, closed reports at one court", "Court", court, CourtOptions(workList).FirstOrDefault() is { } courtName
            ? QueryHelpers.AddQueryString("/Court", new Dictionary<string, string?> { ["Filter.Court"] = courtName, ["Filter.IncludeClosed"] = "true" })
            : null);
        return pages;
    }

    public async Task<HttpClient> SignInAsync(string email, CancellationToken cancellationToken = default)
    {
        _factory ??= new CaptureFactory(connectionString, _capture);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = true,
        });
        var form = await GetAsync(client, "/Account/SignIn", cancellationToken);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = NationalRegion.LoadTestPassword,
        });
        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}; is the region generated with load-test sign-ins?");
        }

        return client;
    }

    private async Task<(string Surname, string Crn)> SearchTermsAsync(int team, CancellationToken cancellationToken)
    {
        // The commonest surname (the longest result list) and a CRN from another team (not on the officer's own caseload).
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var surname = new NpgsqlCommand("SELECT last_name FROM people GROUP BY last_name ORDER BY count(*) DESC, last_name LIMIT 1", connection);
        var commonest = (string)(await surname.ExecuteScalarAsync(cancellationToken))!;
        await using var crn = new NpgsqlCommand("SELECT p.crn FROM people p JOIN teams t ON t.id = p.team_id WHERE t.name <> @team ORDER BY p.crn LIMIT 1", connection);
        crn.Parameters.AddWithValue("team", NationalRegion.TeamName(team - 1));
        return (commonest, (string)(await crn.ExecuteScalarAsync(cancellationToken))!);
    }

    private static async Task<string> GetAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value));

    /// <summary>The courts the work list's court filter offers (its options with a value).</summary>
    public static IEnumerable<string> CourtOptions(string html) =>
        CourtSelect().Match(html) is { Success: true } select
            ? OptionValue().Matches(select.Groups[1].Value).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))
            : [];

    /// <summary>The pagination link with the highest page number (whatever the page calls its page parameter).</summary>
    public static string? DeepestPage(string html, string path) =>
        Links(html)
            .Where(link => link.StartsWith(path + "?", StringComparison.Ordinal))
            .Select(link => (Link: link, Page: PageParameter().Match(link)))
            .Where(candidate => candidate.Page.Success)
            .OrderByDescending(candidate => int.Parse(candidate.Page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(candidate => candidate.Link)
            .FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [GeneratedRegex("<select[^>]*name=\"Filter.Court\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex CourtSelect();

    [GeneratedRegex("<option[^>]*value=\"([^\"]+)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("^/Cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePath();

    [GeneratedRegex(@"[?&][A-Za-z]*[Pp]age[A-Za-z]*=(\d+)")]
    private static partial Regex PageParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed class CaptureFactory(string connectionString, QueryCapture capture) : WebApplicationFactory<Program>
    {
        private static string WebProjectDirectory()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var web = Path.Combine(directory.FullName, "src", "ProbationCase.Web");
                if (Directory.Exists(web))
                {
                    return web;
                }
            }

            throw new InvalidOperationException("src/ProbationCase.Web not found above " + AppContext.BaseDirectory);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(WebProjectDirectory());
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:ProbationCase", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var (key, value) in Hosting.BenchmarkDataProtection.Settings())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.ConfigureDbContext<ProbationCaseDbContext>(options => options.AddInterceptors(capture)));
        }
    }
}
