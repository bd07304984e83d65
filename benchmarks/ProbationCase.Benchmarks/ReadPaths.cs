using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Domain.Caseload;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Benchmarks;

/// <summary>Who and what the read paths are run for, picked from the generated data.</summary>
public sealed record BenchmarkSubjects(
    Guid RoUserId,
    Guid RoStaffId,
    int RoCases,
    Guid SpoUserId,
    Guid SpoStaffId,
    Guid TeamId,
    int TeamCases,
    Guid BusiestPersonId,
    int BusiestPersonContacts,
    Guid RarPersonId,
    Guid RarOrderId,
    int RarContacts,
    string CommonLastName,
    string CopiedCrn)
{
    /// <summary>
    /// The demo RO and SPO (ro@ and spo@probation.test) and their team; the person with the most
    /// contacts; the order with the most RAR contacts; the commonest surname; a CRN from a copied team.
    /// </summary>
    public static async Task<BenchmarkSubjects> PickAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (roUser, roStaff) = await SignInAsync(connection, "ro@probation.test", cancellationToken);
        var (spoUser, spoStaff) = await SignInAsync(connection, "spo@probation.test", cancellationToken);
        var teamId = await ScalarAsync<Guid>(connection, "SELECT team_id FROM staff WHERE id = @id", spoStaff, cancellationToken);
        var roCases = (int)await ScalarAsync<long>(connection, "SELECT count(*) FROM people WHERE responsible_officer_id = @id", roStaff, cancellationToken);
        var teamCases = (int)await ScalarAsync<long>(connection, "SELECT count(*) FROM people WHERE team_id = @id", teamId, cancellationToken);

        await using var busiest = new NpgsqlCommand("SELECT person_id, count(*) FROM contacts GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1", connection);
        await using var busiestReader = await busiest.ExecuteReaderAsync(cancellationToken);
        await busiestReader.ReadAsync(cancellationToken);
        var (busiestPerson, busiestContacts) = (busiestReader.GetGuid(0), (int)busiestReader.GetInt64(1));
        await busiestReader.CloseAsync();

        await using var rar = new NpgsqlCommand("""
            SELECT c.person_id, c.order_id, count(*) FROM contacts c JOIN requirements r ON r.id = c.requirement_id
            WHERE r.type = 'RehabilitationActivity' GROUP BY c.person_id, c.order_id ORDER BY count(*) DESC, c.order_id LIMIT 1
            """, connection);
        await using var rarReader = await rar.ExecuteReaderAsync(cancellationToken);
        await rarReader.ReadAsync(cancellationToken);
        var (rarPerson, rarOrder, rarContacts) = (rarReader.GetGuid(0), rarReader.GetGuid(1), (int)rarReader.GetInt64(2));
        await rarReader.CloseAsync();

        var lastName = await ScalarAsync<string>(connection, "SELECT last_name FROM people GROUP BY last_name ORDER BY count(*) DESC, last_name LIMIT 1", null, cancellationToken);
        var crn = await ScalarAsync<string>(connection, "SELECT p.crn FROM people p JOIN teams t ON t.id = p.team_id WHERE t.name LIKE '% 4' ORDER BY p.crn LIMIT 1", null, cancellationToken);
        return new BenchmarkSubjects(roUser, roStaff, roCases, spoUser, spoStaff, teamId, teamCases, busiestPerson, busiestContacts,
            rarPerson, rarOrder, rarContacts, lastName, crn);
    }

    private static async Task<(Guid UserId, Guid StaffId)> SignInAsync(NpgsqlConnection connection, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, staff_id FROM \"AspNetUsers\" WHERE normalized_email = upper(@email)", connection);
        command.Parameters.AddWithValue("email", email);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetGuid(0), reader.GetGuid(1))
            : throw new InvalidOperationException($"No sign-in {email}: regenerate the dataset (--regenerate).");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, Guid? id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        return await command.ExecuteScalarAsync(cancellationToken) is T result
            ? result
            : throw new InvalidOperationException($"No result for: {sql}");
    }
}

/// <summary>One page's read, as the page runs it: a fresh request scope, the real query class, the page's arguments.</summary>
public sealed record ReadPath(string Name, string Page, Func<BenchmarkHost, BenchmarkSubjects, Task<int>> RunAsync);

/// <summary>The reads the RO and SPO pages make most, each through the query class the page uses.</summary>
public static class ReadPaths
{
    public const int DeepTeamPage = 30;

    public static IReadOnlyList<ReadPath> All { get; } =
    [
        new("RO caseload, page 1, by name", "/Officer", (host, s) =>
            CaseloadAsync(host, s.RoUserId, s.RoStaffId, new CaseloadRequest(CaseloadScope.ForOfficer(s.RoStaffId)))),
        new("RO caseload, last page, by last face-to-face desc", "/Officer?Sort=LastFaceToFace&Dir=desc&pageNumber=99", (host, s) =>
            CaseloadAsync(host, s.RoUserId, s.RoStaffId, new CaseloadRequest(CaseloadScope.ForOfficer(s.RoStaffId), Sort: CaseloadSort.LastFaceToFace, Descending: true, Page: 99))),
        new("RO caseload, warning: outcome not recorded", "/Officer?Warning=OutcomeNotRecorded", (host, s) =>
            CaseloadAsync(host, s.RoUserId, s.RoStaffId, new CaseloadRequest(CaseloadScope.ForOfficer(s.RoStaffId), Warning: CaseloadWarning.OutcomeNotRecorded))),
        new("Team caseload, page 1, by name", "team caseload (CaseloadScope.ForTeam)", (host, s) =>
            CaseloadAsync(host, s.SpoUserId, s.SpoStaffId, new CaseloadRequest(CaseloadScope.ForTeam(s.TeamId)))),
        new($"Team caseload, page {DeepTeamPage}, by next appointment", "team caseload (CaseloadScope.ForTeam)", (host, s) =>
            CaseloadAsync(host, s.SpoUserId, s.SpoStaffId, new CaseloadRequest(CaseloadScope.ForTeam(s.TeamId), Sort: CaseloadSort.NextAppointment, Page: DeepTeamPage))),
        new("Team caseload, warning: failure needs a decision", "team caseload (CaseloadScope.ForTeam)", (host, s) =>
            CaseloadAsync(host, s.SpoUserId, s.SpoStaffId, new CaseloadRequest(CaseloadScope.ForTeam(s.TeamId), Warning: CaseloadWarning.FailureWithoutDecision))),
        new("Activity log, busiest person, page 1", "/Cases/{id}/Activity", (host, s) =>
            ActivityAsync(host, s, new ActivityLogRequest(s.BusiestPersonId))),
        new("Activity log, busiest person, RAR only, last page", "/Cases/{id}/Activity?Filter.RarOnly=true&pageNumber=99", (host, s) =>
            ActivityAsync(host, s, new ActivityLogRequest(s.BusiestPersonId, RarOnly: true, Page: 99))),
        new("Search by name (ILIKE), page 1", "/Search?Query={surname}", (host, s) => SearchAsync(host, s, s.CommonLastName.ToLowerInvariant())),
        new("Search by CRN", "/Search?Query={crn}", (host, s) => SearchAsync(host, s, s.CopiedCrn)),
        new("RAR ledger, order with most RAR contacts", "/Cases/{id}/Orders/{orderId}/Rar", async (host, s) =>
        {
            await using var scope = host.SignedInScope(s.RoUserId, s.RoStaffId);
            var ledger = await scope.ServiceProvider.GetRequiredService<RarLedgerQuery>().GetAsync(s.RarPersonId, s.RarOrderId);
            return ledger?.Progress?.DaysDelivered ?? throw new InvalidOperationException("The RAR order has no ledger.");
        }),
    ];

    private static async Task<int> CaseloadAsync(BenchmarkHost host, Guid userId, Guid staffId, CaseloadRequest request)
    {
        await using var scope = host.SignedInScope(userId, staffId);
        var result = await scope.ServiceProvider.GetRequiredService<CaseloadQuery>().RunAsync(request);
        return result.Rows.Count;
    }

    private static async Task<int> ActivityAsync(BenchmarkHost host, BenchmarkSubjects subjects, ActivityLogRequest request)
    {
        await using var scope = host.SignedInScope(subjects.RoUserId, subjects.RoStaffId);
        var query = scope.ServiceProvider.GetRequiredService<ActivityLogQuery>();
        // The page loads the requirement filter's options as well as the log.
        var requirements = await query.RequirementsAsync(request.PersonId);
        var log = await query.GetAsync(request);
        return log.Rows.Count + requirements.Count;
    }

    private static async Task<int> SearchAsync(BenchmarkHost host, BenchmarkSubjects subjects, string text)
    {
        await using var scope = host.SignedInScope(subjects.RoUserId, subjects.RoStaffId);
        var page = await scope.ServiceProvider.GetRequiredService<PersonSearchQuery>().SearchAsync(text, 1);
        return page.Rows.Count;
    }
}
