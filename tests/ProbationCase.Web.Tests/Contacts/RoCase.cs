using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

/// <summary>
/// A case for the RO workspace tests, built through the domain: a staff member linked to the RO's
/// sign-in (before signing in: the claim is read then), a person and a community order running
/// from 60 days ago, dated from today's London date because the pages use the real clock.
/// </summary>
public sealed record RoCase(Guid StaffId, Guid PersonId, Guid OrderId, Guid? RarId)
{
    public const string RoEmail = "ro@probation.test";

    public static DateOnly Today => LondonClock.Today(TimeProvider.System);

    public static async Task<RoCase> CreateAsync(
        ProbationCaseDbContext db, string crn, RequirementTerms[]? requirements = null, RiskAssessment? risk = null, DateOnly? terminatedOn = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var staff = StaffMember.Create("Riya Osei", OfficerGrade.ProbationOfficer, null);
        db.Staff.Add(staff);
        var user = await db.Users.SingleAsync(u => u.Email == RoEmail);
        user.StaffId = staff.Id;

        var person = TestCase.Person(crn);
        if (risk is not null)
        {
            person.AssessRisk(risk, staff.Id, "Initial assessment", now);
        }

        db.People.Add(person);
        var sentenced = Today.AddDays(-60);
        var order = Order.Create(person.Id, OrderType.CommunityOrder, "Leeds Magistrates' Court",
            sentenced, sentenced, sentenced.AddMonths(12),
            [new OffenceDetails("Theft from a shop", sentenced.AddDays(-30))],
            requirements ?? [RequirementTerms.Rar(20)], now);
        if (terminatedOn is { } ended)
        {
            order.Terminate(ended, TerminationReason.RevokedAndResentenced, [], Today);
        }

        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return new RoCase(staff.Id, person.Id, order.Id, order.Rar?.Id);
    }

    /// <summary>Books a contact through the order, optionally with its outcome, as the RO would.</summary>
    public async Task<Guid> AddContactAsync(ProbationCaseDbContext db, ContactType type, DateTimeOffset startsAt, ContactOutcome? outcome = null, bool faceToFace = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == OrderId);
        var requirementId = type is ContactType.RarActivity or ContactType.RarAppointment ? RarId
            : type is ContactType.UnpaidWorkSession ? order.UnpaidWork?.Id
            : null;
        var contact = order.ArrangeContact(
            new ContactArrangement(type, startsAt, faceToFace, ContactDeliverer.ResponsibleOfficer, StaffId, RequirementId: requirementId),
            DateTimeOffset.UtcNow.AddDays(-400));
        if (outcome is { } recorded)
        {
            contact.RecordOutcome(recorded, null, StaffId, DateTimeOffset.UtcNow);
        }

        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    public string Url(string path) => $"/Cases/{PersonId}/{path}";
}

/// <summary>Steps through a question journey page by page.</summary>
public static class Journey
{
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(
        this HttpClient client, IDocument page, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.SubmitFormAsync(page, fields);
        return (response, await response.ReadDocumentAsync());
    }

    public static string Heading(this IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;
    }

    /// <summary>Answers the booking journey's place and repeat questions: another place, does not repeat.</summary>
    public static async Task<IDocument> ElsewhereNotRepeatingAsync(this HttpClient client, IDocument page, string place = "Leeds office, room 2")
    {
        ArgumentNullException.ThrowIfNull(client);
        (_, page) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = place });
        (_, page) = await client.PostAsync(page, new() { ["Input.Repeat"] = "DoesNotRepeat" });
        return page;
    }

    public static Dictionary<string, string> DateFields(string prefix, DateOnly date) => new()
    {
        [$"{prefix}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
