using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.FaultTest;

/// <summary>One HTTP exchange as the run saw it: when it started (seconds into the run), how long it took, what came back.</summary>
/// <param name="Status">The HTTP status, or 0 when no answer came (connection failure, client timeout).</param>
/// <param name="UnavailablePage">A 503 carrying the GOV.UK "Sorry, the service is unavailable" heading.</param>
public sealed record Exchange(string What, double StartedAt, double Milliseconds, int Status, bool UnavailablePage);

/// <summary>A contact in the past without an outcome, on a case the demo officer may open.</summary>
public sealed record PendingContact(Guid PersonId, Guid ContactId)
{
    public string OutcomePath => $"/Cases/{PersonId}/Contacts/{ContactId}/Outcome";
}

public enum WriteResult
{
    /// <summary>The confirming POST was answered 302: the outcome must be in the database.</summary>
    Acknowledged,

    /// <summary>The confirming POST was answered 503: it may or may not have been saved; the user was told to check.</summary>
    Unacknowledged,

    /// <summary>A step before the confirming POST failed: nothing was saved; the contact can be tried again.</summary>
    NotReached,

    /// <summary>The app refused the outcome (4xx): nothing to check.</summary>
    Refused,
}

/// <summary>
/// A member of staff in a browser: their own cookies, pages read with AngleSharp and forms posted with the
/// antiforgery token the page carried, the way <c>tests/ProbationCase.Web.Tests</c>' HtmlClient does.
/// </summary>
public sealed partial class StaffSession : IDisposable
{
    public const string UnavailableHeading = "Sorry, the service is unavailable";

    private static readonly HtmlParser Parser = new();

    private readonly HttpClient _client;
    private readonly Action<Exchange> _record;
    private readonly Stopwatch _runClock;

    public StaffSession(Uri baseUrl, Stopwatch runClock, Action<Exchange> record)
    {
        _runClock = runClock;
        _record = record;
#pragma warning disable CA2000 // The client owns and disposes the handler.
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }, disposeHandler: true)
#pragma warning restore CA2000
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public bool SignedIn { get; private set; }

    public int WritesInSession { get; set; }

    public async Task<bool> SignInAsync(CancellationToken cancellationToken)
    {
        var (status, page) = await GetAsync("/Account/SignIn", "GET sign-in", cancellationToken);
        if (status != 200 || page?.QuerySelector<IHtmlFormElement>("main form") is not { } form)
        {
            return false;
        }

        var answer = await PostAsync(form, "/Account/SignIn", "POST sign-in", new()
        {
            ["Input.Email"] = "ro@probation.test",
            ["Input.Password"] = DemoUserSeeder.DemoPassword,
        }, cancellationToken);
        SignedIn = answer.Status == 302;
        return SignedIn;
    }

    public async Task<Exchange> ReadAsync(string path, CancellationToken cancellationToken) =>
        (await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), $"GET {path}", cancellationToken)).Exchange;

    /// <summary>
    /// Book an office appointment at the start of today (London), so that its outcome can be recorded straight away:
    /// the booking page, then the answers posted to check your answers and confirmed. Returns the new contact, or null
    /// when the booking was not acknowledged (302).
    /// </summary>
    public async Task<(WriteResult Result, PendingContact? Contact)> BookTodayAsync(Guid personId, DateOnly londonToday, CancellationToken cancellationToken)
    {
        var path = $"/Cases/{personId}/Contacts/Book";
        var (status, page) = await GetAsync(path, "GET booking", cancellationToken);
        if (status != 200 || page?.QuerySelector<IHtmlFormElement>("main form") is not { } form
            || page.QuerySelector<IHtmlInputElement>("main input[name='Input.OrderId']")?.Value is not { Length: > 0 } orderId)
        {
            return (status is >= 400 and < 500 ? WriteResult.Refused : WriteResult.NotReached, null);
        }

        var booked = await PostAsync(form, path, "POST booking", new()
        {
            ["Input.OrderId"] = orderId,
            ["Input.Type"] = "OfficeAppointment",
            ["Input.IsFaceToFace"] = "true",
            ["Input.Date.Day"] = londonToday.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.Date.Month"] = londonToday.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Date.Year"] = londonToday.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.Time"] = "00:00",
            ["Input.EndTime"] = "00:30",
            ["Input.LocationChoice"] = "elsewhere",
            ["Input.Location"] = "Probation office",
            ["Input.Repeat"] = "DoesNotRepeat",
            ["Step"] = "check",
        }, cancellationToken);
        var contactId = booked.Location is { } location && ContactInLocation().Match(location) is { Success: true } match
            ? Guid.Parse(match.Groups[1].Value)
            : (Guid?)null;
        return booked.Status switch
        {
            302 when contactId is { } id => (WriteResult.Acknowledged, new PendingContact(personId, id)),
            >= 500 or 0 => (WriteResult.Unacknowledged, null),
            _ => (WriteResult.Refused, null),
        };
    }

    /// <summary>Record an outcome: the question page, "attended and complied", then confirm on check your answers.</summary>
    public async Task<WriteResult> RecordOutcomeAsync(PendingContact contact, CancellationToken cancellationToken)
    {
        var (status, page) = await GetAsync(contact.OutcomePath, "GET outcome", cancellationToken);
        if (status != 200 || page?.QuerySelector<IHtmlFormElement>("main form") is not { } question)
        {
            return status is >= 400 and < 500 ? WriteResult.Refused : WriteResult.NotReached;
        }

        var step = await PostAsync(question, contact.OutcomePath, "POST outcome step", new() { ["Input.Outcome"] = "AttendedComplied" }, cancellationToken);
        if (step.Status != 200 || step.Page?.QuerySelector<IHtmlFormElement>("main form") is not { } check)
        {
            return step.Status is >= 400 and < 500 ? WriteResult.Refused : WriteResult.NotReached;
        }

        var confirm = await PostAsync(check, contact.OutcomePath, "POST outcome confirm", [], cancellationToken);
        return confirm.Status switch
        {
            302 => WriteResult.Acknowledged,
            >= 500 or 0 => WriteResult.Unacknowledged,
            _ => WriteResult.Refused,
        };
    }

    public void Dispose() => _client.Dispose();

    private async Task<(int Status, IDocument? Page)> GetAsync(string path, string what, CancellationToken cancellationToken)
    {
        var (exchange, page, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), what, cancellationToken);
        return (exchange.Status, page);
    }

    /// <summary>Posts the form's own fields (hidden ones, antiforgery token included) with <paramref name="answers"/>.</summary>
    private async Task<(int Status, IDocument? Page, string? Location)> PostAsync(
        IHtmlFormElement form, string pagePath, string what, Dictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && !string.IsNullOrEmpty(input.Name) && !answers.ContainsKey(input.Name))
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(answers)
            .ToList();
        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : pagePath;
        using var content = new FormUrlEncodedContent(fields);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = content };
        var (exchange, page, location) = await SendAsync(request, what, cancellationToken);
        return (exchange.Status, page, location);
    }

    private async Task<(Exchange Exchange, IDocument? Page, string? Location)> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        var startedAt = _runClock.Elapsed.TotalSeconds;
        var timer = Stopwatch.StartNew();
        Exchange exchange;
        IDocument? page = null;
        string? location = null;
        try
        {
            using (request)
            using (var response = await _client.SendAsync(request, cancellationToken))
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                timer.Stop();
                var status = (int)response.StatusCode;
                location = response.Headers.Location?.OriginalString;
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    page = await Parser.ParseDocumentAsync(body, cancellationToken);
                }

                var unavailable = status == 503 && page?.QuerySelector("main h1")?.TextContent.Trim() == UnavailableHeading;
                exchange = new Exchange(what, startedAt, timer.Elapsed.TotalMilliseconds, status, unavailable);
            }
        }
        catch (HttpRequestException)
        {
            exchange = new Exchange(what, startedAt, timer.Elapsed.TotalMilliseconds, 0, false);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            exchange = new Exchange(what, startedAt, timer.Elapsed.TotalMilliseconds, 0, false);
        }

        _record(exchange);
        return (exchange, page, location);
    }

    [GeneratedRegex("/Contacts/([0-9a-f-]{36})(/|$)")]
    private static partial Regex ContactInLocation();
}
