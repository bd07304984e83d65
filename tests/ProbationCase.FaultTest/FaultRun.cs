using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ProbationCase.FaultTest;

/// <summary>
/// Staff sign in and record outcomes against the running app while PostgreSQL is stopped and started again; then
/// the run is judged: every acknowledged write is in the database, the "service unavailable" page was served while
/// down and quickly, /health followed the database, service came back by itself, and nothing was a 500.
/// </summary>
public sealed class FaultRun(FaultRunOptions options)
{
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentQueue<Exchange> _exchanges = new();
    private readonly ConcurrentQueue<Exchange> _health = new();
    private readonly ConcurrentQueue<(Write Kind, PendingContact? Contact, WriteResult Result, double StartedAt)> _writes = new();
    private readonly ConcurrentQueue<(double At, bool SignedIn)> _signIns = new();
    private List<Guid> _people = [];

    private enum Write
    {
        Booking,
        Outcome,
    }

    // Seconds into the run.
    private double _stopIssuedAt;
    private double _downAt;
    private double _startIssuedAt;
    private double _upAt;
    private double? _healthyAgainAt;

    // Its own connections are not pooled: one left idle across the outage would be dead when the run is judged.
    private string HarnessConnectionString => new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString;

    private static string Seconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static void Say(string text) => Console.WriteLine($"[fault-test] {text}");

    public async Task<int> ExecuteAsync()
    {
        _people = await PeopleAsync();
        Say($"{_people.Count} unrestricted cases with an order in force to book appointments on and record outcomes for");
        if (_people.Count == 0)
        {
            Say("FAIL: nothing to record; the demo region should have unrestricted cases with an order in force");
            return 1;
        }

        using var stopping = new CancellationTokenSource();
        _clock.Start();
        var workers = Enumerable.Range(0, options.Users).Select(member => Task.Run(() => StaffAsync(member * 7, stopping.Token))).ToList();
        var health = Task.Run(() => PollHealthAsync(stopping.Token));

        // The outage starts once staff are working: after the warm-up and a few acknowledged writes (the first pages of
        // a fresh app are slow), or after two minutes at most.
        await Task.Delay(options.Warmup);
        var warming = Stopwatch.StartNew();
        while (_writes.Count(w => w.Kind == Write.Outcome && w.Result == WriteResult.Acknowledged) < 3 && warming.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(200);
        }

        _stopIssuedAt = _clock.Elapsed.TotalSeconds;
        await ShellAsync(options.StopCommand, "stop PostgreSQL");
        _downAt = _clock.Elapsed.TotalSeconds;
        Say($"PostgreSQL down at {Seconds(_downAt)} s (stop took {Seconds(_downAt - _stopIssuedAt)} s)");

        await Task.Delay(options.Outage);
        _startIssuedAt = _clock.Elapsed.TotalSeconds;
        await ShellAsync(options.StartCommand, "start PostgreSQL");
        _upAt = _clock.Elapsed.TotalSeconds;
        Say($"PostgreSQL up again at {Seconds(_upAt)} s");

        var waitedFor = Stopwatch.StartNew();
        while (_healthyAgainAt is null && waitedFor.Elapsed < TimeSpan.FromSeconds(60))
        {
            _healthyAgainAt = _health.Where(poll => poll.StartedAt >= _upAt && poll.Status == 200).Select(poll => (double?)poll.StartedAt).Min();
            await Task.Delay(200);
        }

        await Task.Delay(options.After);
        await stopping.CancelAsync();
        await Task.WhenAll(workers.Append(health));
        _clock.Stop();
        return await JudgeAsync();
    }

    /// <summary>
    /// One member of staff: signs in (afresh every few writes, so sign-ins run to the end), books an appointment at
    /// the start of today on one of the cases and records its outcome, pauses when the service is down.
    /// </summary>
    private async Task StaffAsync(int member, CancellationToken stopping)
    {
        StaffSession? session = null;
        var turn = member;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                if (session is null || !session.SignedIn || session.WritesInSession >= 3)
                {
                    session?.Dispose();
                    session = new StaffSession(options.BaseUrl, _clock, _exchanges.Enqueue);
                    var at = _clock.Elapsed.TotalSeconds;
                    var signedIn = await session.SignInAsync(CancellationToken.None);
                    _signIns.Enqueue((at, signedIn));
                    if (!signedIn)
                    {
                        await PauseAsync(stopping);
                        continue;
                    }
                }

                // Each member of staff works through the cases from their own starting point.
                var personId = _people[turn++ % _people.Count];
                var bookingStartedAt = _clock.Elapsed.TotalSeconds;
                var (booking, contact) = await session.BookTodayAsync(personId, LondonToday(), CancellationToken.None);
                _writes.Enqueue((Write.Booking, contact, booking, bookingStartedAt));
                session.WritesInSession++;
                if (contact is null)
                {
                    await PauseAsync(stopping);
                    continue;
                }

                var startedAt = _clock.Elapsed.TotalSeconds;
                var result = await session.RecordOutcomeAsync(contact, CancellationToken.None);
                _writes.Enqueue((Write.Outcome, contact, result, startedAt));
                if (result != WriteResult.Acknowledged)
                {
                    await PauseAsync(stopping);
                }
            }
        }
        finally
        {
            session?.Dispose();
        }
    }

    private static DateOnly LondonToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    /// <summary>A person told "try again later" waits a moment; it also keeps the run from spinning.</summary>
    private static async Task PauseAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(300, stopping);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private async Task PollHealthAsync(CancellationToken stopping)
    {
        using var client = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        while (!stopping.IsCancellationRequested)
        {
            var startedAt = _clock.Elapsed.TotalSeconds;
            var timer = Stopwatch.StartNew();
            int status;
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), CancellationToken.None);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            _health.Enqueue(new Exchange("GET /health", startedAt, timer.Elapsed.TotalMilliseconds, status, false));
            await PauseAsync(stopping);
        }
    }

    private static async Task ShellAsync(string command, string what)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", command]) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"Could not {what}.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not {what}: exit code {process.ExitCode}.");
        }
    }

    /// <summary>Unrestricted cases with an order in force (so today is within its life), the demo officer's own first.</summary>
    private async Task<List<Guid>> PeopleAsync()
    {
        await using var connection = new NpgsqlConnection(HarnessConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(PeopleSql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var people = new List<Guid>();
        while (await reader.ReadAsync())
        {
            people.Add(reader.GetGuid(0));
        }

        return people;
    }

    private const string PeopleSql = """
        SELECT p.id
        FROM people p
        WHERE EXISTS (SELECT FROM orders o WHERE o.person_id = p.id AND o.actual_end_date IS NULL
                      AND o.start_date < current_date - 1 AND o.expected_end_date > current_date + 1)
          AND NOT EXISTS (SELECT FROM case_access_entries e WHERE e.person_id = p.id)
        ORDER BY (SELECT u.id FROM case_allocations a JOIN "AspNetUsers" u ON u.staff_id = a.officer_id
                  WHERE a.person_id = p.id AND a.ended_at IS NULL AND u.normalized_email = 'RO@PROBATION.TEST' LIMIT 1) NULLS LAST,
                 p.id
        LIMIT 100
        """;

    private async Task<HashSet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> contactIds)
    {
        await using var connection = new NpgsqlConnection(HarnessConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM contacts WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", contactIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var existing = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            existing.Add(reader.GetGuid(0));
        }

        return existing;
    }

    private async Task<HashSet<Guid>> RecordedAsync(IReadOnlyCollection<Guid> contactIds)
    {
        await using var connection = new NpgsqlConnection(HarnessConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM contacts WHERE id = ANY(@ids) AND outcome IS NOT NULL", connection);
        command.Parameters.AddWithValue("ids", contactIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var recorded = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            recorded.Add(reader.GetGuid(0));
        }

        return recorded;
    }

    private async Task<int> JudgeAsync()
    {
        var exchanges = _exchanges.ToList();
        var health = _health.ToList();
        var writes = _writes.ToList();
        var signIns = _signIns.ToList();
        bool WhileDown(Exchange e) => e.StartedAt >= _downAt && e.StartedAt < _startIssuedAt;

        // An acknowledged booking must have its contact stored; an acknowledged outcome, its outcome.
        var outcomes = writes.Where(w => w.Kind == Write.Outcome).ToList();
        var acknowledged = outcomes.Where(w => w.Result == WriteResult.Acknowledged).Select(w => w.Contact!.ContactId).ToList();
        var unacknowledged = outcomes.Where(w => w.Result == WriteResult.Unacknowledged).Select(w => w.Contact!.ContactId).ToList();
        var booked = writes.Where(w => w.Kind == Write.Booking && w.Result == WriteResult.Acknowledged).Select(w => w.Contact!.ContactId).ToList();
        var recorded = await RecordedAsync([.. acknowledged, .. unacknowledged]);
        var stored = await ExistingAsync(booked);
        var lost = acknowledged.Where(id => !recorded.Contains(id)).Concat(booked.Where(id => !stored.Contains(id))).ToList();
        var down = exchanges.Where(WhileDown).ToList();
        var downHealth = health.Where(WhileDown).ToList();
        var recoveredAt = (_healthyAgainAt ?? double.MaxValue) + FaultRunOptions.RecoveryGrace.TotalSeconds;
        var lateUnavailable = exchanges.Where(e => e.Status == 503 && e.StartedAt >= recoveredAt).ToList();
        var serverErrors = exchanges.Concat(health).Where(e => e.Status >= 500 && e.Status != 503).ToList();
        var noAnswer = exchanges.Concat(health).Where(e => e.Status == 0).ToList();
        var unavailableWithoutPage = exchanges.Where(e => e.Status == 503 && !e.UnavailablePage).ToList();
        var afterUp = outcomes.Count(w => w.Result == WriteResult.Acknowledged && w.StartedAt >= _upAt);
        var beforeStop = outcomes.Count(w => w.Result == WriteResult.Acknowledged && w.StartedAt < _stopIssuedAt);
        var signInsAfterUp = signIns.Count(s => s.SignedIn && s.At >= _upAt);

        Say("Summary");
        Say($"  requests: {exchanges.Count} pages/posts, {health.Count} health polls; {signIns.Count(s => s.SignedIn)} sign-ins ({signInsAfterUp} after the restart)");
        Say($"  bookings acknowledged (302): {booked.Count}, found in the database: {booked.Count(stored.Contains)}");
        Say($"  outcomes acknowledged (302): {acknowledged.Count}, found in the database: {acknowledged.Count(recorded.Contains)}" +
            $" ({beforeStop} before PostgreSQL was stopped, {afterUp} after it was up again)");
        Say($"  outcomes answered 503 at the confirming POST: {unacknowledged.Count}, of which saved after all: {unacknowledged.Count(recorded.Contains)};" +
            $" bookings answered 503: {writes.Count(w => w.Kind == Write.Booking && w.Result == WriteResult.Unacknowledged)}");
        Say($"  writes refused by the app (4xx): {writes.Count(w => w.Result == WriteResult.Refused)}; interrupted before confirming: {writes.Count(w => w.Result == WriteResult.NotReached)}");
        Say($"  PostgreSQL down {Seconds(_downAt)}–{Seconds(_startIssuedAt)} s: {down.Count} requests, {down.Count(e => e.UnavailablePage)} answered with the 503 page," +
            $" {down.Count(e => e.Status is >= 200 and < 400)} served without the database; max response {(down.Count == 0 ? 0 : down.Max(e => e.Milliseconds)):0} ms," +
            $" mean {(down.Count == 0 ? 0 : down.Average(e => e.Milliseconds)):0} ms");
        Say($"  /health while down: {downHealth.Count(e => e.Status == 503)} of {downHealth.Count} unhealthy (503); healthy again at " +
            $"{(_healthyAgainAt is { } h ? $"{Seconds(h)} s ({Seconds(h - _upAt)} s after PostgreSQL was up)" : "never")}; last poll {health.LastOrDefault()?.Status}");
        Say($"  503s after recovery (+{FaultRunOptions.RecoveryGrace.TotalSeconds:0} s): {lateUnavailable.Count}; 5xx other than 503: {serverErrors.Count}; no answer: {noAnswer.Count}");
        foreach (var (status, count) in exchanges.GroupBy(e => e.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())))
        {
            Say($"    HTTP {status}: {count}");
        }

        var failures = new List<string>();
        void Expect(bool condition, string failure)
        {
            if (!condition) failures.Add(failure);
        }

        Expect(lost.Count == 0, $"{lost.Count} acknowledged writes are not in the database: {string.Join(", ", lost)}");
        Expect(beforeStop > 0, "no write was acknowledged before the outage");
        Expect(afterUp > 0 && signInsAfterUp > 0, "service did not resume: no sign-in and acknowledged write after PostgreSQL was back");
        Expect(writes.All(w => w.Result != WriteResult.Refused), "the app refused a booking or an outcome (4xx) that it should have taken");
        Expect(down.Any(e => e.UnavailablePage), "the 503 service unavailable page was never served while PostgreSQL was down");
        Expect(down.All(e => e.Milliseconds <= FaultRunOptions.MaxResponseWhileDown.TotalMilliseconds),
            $"a request took over {FaultRunOptions.MaxResponseWhileDown.TotalSeconds:0} s while PostgreSQL was down");
        Expect(down.All(e => e.Status is >= 200 and < 400 or 503), "a request while down answered something other than a page, a redirect or 503");
        Expect(downHealth.Count > 0 && downHealth.All(e => e.Status == 503), "/health was not unhealthy (503) throughout the outage");
        Expect(_healthyAgainAt is not null && health.LastOrDefault()?.Status == 200, "/health did not become healthy again");
        Expect(lateUnavailable.Count == 0, $"{lateUnavailable.Count} requests answered 503 after recovery");
        Expect(serverErrors.Count == 0, $"{serverErrors.Count} responses were 5xx other than 503 (e.g. a 500)");
        Expect(noAnswer.Count == 0, $"{noAnswer.Count} requests got no answer");
        Expect(unavailableWithoutPage.Count == 0, $"{unavailableWithoutPage.Count} 503s without the GOV.UK service unavailable page");

        foreach (var failure in failures)
        {
            Say($"FAIL: {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
