using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Lifecycle;

/// <summary>
/// A case for the order's second half: the RO's sign-in linked to an officer, a person allocated to them and a
/// two-year community order with a RAR sentenced <see cref="MonthsAgo"/> months ago, built through the domain
/// and dated from today's London date (the pages use the real clock).
/// </summary>
public sealed record LifecycleCase(Guid StaffId, Guid SpoId, Guid PersonId, Guid OrderId, Guid RarId)
{
    public const string RoEmail = "ro@probation.test";

    public const int MonthsAgo = 16;

    public static DateOnly Today => LondonClock.Today(TimeProvider.System);

    public static async Task<LifecycleCase> CreateAsync(ProbationCaseDbContext db, string crn, int monthsAgo = MonthsAgo)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var office = Office.Create("Leeds", null);
        var team = Team.Create($"Leeds {crn}", office.Id);
        var officer = StaffMember.Create("Riya Osei", OfficerGrade.ProbationOfficer, team.Id);
        var spo = StaffMember.Create("Sam Pereira", OfficerGrade.SeniorProbationOfficer, team.Id);
        db.Offices.Add(office);
        db.Teams.Add(team);
        db.Staff.AddRange(officer, spo);
        (await db.Users.SingleAsync(u => u.Email == RoEmail)).StaffId = officer.Id;
        (await db.Users.SingleAsync(u => u.Email == "spo@probation.test")).StaffId = spo.Id;

        var person = TestCase.Person(crn);
        person.AwaitAllocation(team.Id, now);
        person.Allocate(officer, spo.Id, "Capacity in the team", now);
        db.People.Add(person);
        var sentenced = Today.AddMonths(-monthsAgo);
        var order = Order.Create(person.Id, OrderType.CommunityOrder, "Leeds Magistrates' Court",
            sentenced, sentenced, sentenced.AddMonths(24),
            [new OffenceDetails("Theft from a shop", sentenced.AddDays(-30))],
            [RequirementTerms.Rar(20)], now);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return new LifecycleCase(officer.Id, spo.Id, person.Id, order.Id, order.Rar!.Id);
    }

    /// <summary>An office appointment on <paramref name="on"/> at 10:00 London time, with no outcome yet.</summary>
    public async Task<Guid> AppointmentAsync(ProbationCaseDbContext db, DateOnly on, ContactType type = ContactType.OfficeAppointment, ContactOutcome? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == OrderId);
        var startsAt = LondonClock.ToUtc(on, new TimeOnly(10, 0));
        var contact = order.ArrangeContact(
            new ContactArrangement(type, startsAt, true, ContactDeliverer.ResponsibleOfficer, StaffId, RequirementId: type is ContactType.RarActivity ? RarId : null),
            startsAt.AddDays(-7));
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
