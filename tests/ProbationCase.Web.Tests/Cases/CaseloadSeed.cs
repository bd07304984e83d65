using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Tests.Cases;

/// <summary>
/// Builds caseloads for page tests through the domain's own methods, relative to the real clock the
/// app runs on: officers linked to a demo sign-in, allocated people, orders and contacts.
/// </summary>
public sealed class CaseloadSeed(IServiceProvider services)
{
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static DateOnly Today => LondonClock.DateOf(Now);

    private Guid? _teamId;

    /// <summary>A team, and an officer in it linked to the demo sign-in (link before signing in: the claim is read then).</summary>
    public async Task<StaffMember> OfficerForAsync(string email, string name = "Riya Osei")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        if (_teamId is null)
        {
            var office = Office.Create("Exeter", null);
            var team = Team.Create($"Exeter North {Guid.NewGuid():N}", office.Id);
            db.Offices.Add(office);
            db.Teams.Add(team);
            _teamId = team.Id;
        }

        var officer = StaffMember.Create(name, OfficerGrade.ProbationOfficer, _teamId);
        db.Staff.Add(officer);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No sign-in {email}.");
        user.StaffId = officer.Id;
        await users.UpdateAsync(user);
        return officer;
    }

    /// <summary>Makes the sign-in the SPO of <paramref name="officer"/>'s team.</summary>
    public async Task<StaffMember> TeamForSpoAsync(string email, StaffMember officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var spo = StaffMember.Create("Sam Senior", OfficerGrade.SeniorProbationOfficer, officer.TeamId);
        db.Staff.Add(spo);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No sign-in {email}.");
        user.StaffId = spo.Id;
        await users.UpdateAsync(user);
        return spo;
    }

    /// <summary>An officer with no sign-in (someone else's caseload).</summary>
    public async Task<StaffMember> OtherOfficerAsync(string name = "Other Officer")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        if (_teamId is null)
        {
            var office = Office.Create("Plymouth", null);
            var team = Team.Create($"Plymouth {Guid.NewGuid():N}", office.Id);
            db.Offices.Add(office);
            db.Teams.Add(team);
            _teamId = team.Id;
        }

        var officer = StaffMember.Create(name, OfficerGrade.ProbationOfficer, _teamId);
        db.Staff.Add(officer);
        await db.SaveChangesAsync();
        return officer;
    }

    public async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    /// <summary>A person allocated to <paramref name="officer"/>.</summary>
    public static PersonOnProbation AllocatedPerson(StaffMember officer, string crn, string firstName, string lastName)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var person = PersonOnProbation.Create(Crn.Parse(crn), firstName, lastName, new DateOnly(1988, 4, 12), Now.AddYears(-1));
        person.AwaitAllocation(officer.TeamId!.Value, Now.AddDays(-60));
        person.Allocate(officer, officer.Id, "New case from court", Now.AddDays(-60));
        return person;
    }

    /// <summary>A community order sentenced <paramref name="daysAgo"/> days ago (London), with the given requirements.</summary>
    public static Order OrderSentenced(PersonOnProbation person, int daysAgo, params RequirementTerms[] requirements)
    {
        ArgumentNullException.ThrowIfNull(person);
        var sentenced = Today.AddDays(-daysAgo);
        return Order.Create(person.Id, OrderType.CommunityOrder, "Exeter Magistrates' Court", sentenced, sentenced, sentenced.AddMonths(12),
            [new OffenceDetails("Theft from a shop", sentenced.AddDays(-30))],
            requirements.Length == 0 ? [RequirementTerms.Other(RequirementType.Curfew, "7pm to 7am", 60)] : requirements,
            Now.AddDays(-daysAgo));
    }

    /// <summary>A contact on the order at <paramref name="startsAt"/>, with the outcome if given (recorded just after it).</summary>
    public static Contact Contact(
        Order order, StaffMember officer, DateTimeOffset startsAt, ContactOutcome? outcome = null,
        ContactType type = ContactType.OfficeAppointment, Guid? requirementId = null, string? notes = null, bool sensitive = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(officer);
        var isFaceToFace = type is not (ContactType.Telephone or ContactType.Video);
        var contact = order.ArrangeContact(
            new ContactArrangement(type, startsAt, isFaceToFace, ContactDeliverer.ResponsibleOfficer, officer.Id, RequirementId: requirementId, Notes: notes, IsSensitive: sensitive),
            startsAt.AddDays(-7));
        if (outcome is { } recorded)
        {
            contact.RecordOutcome(recorded, null, officer.Id, startsAt.AddHours(1) < Now ? startsAt.AddHours(1) : Now);
        }

        return contact;
    }

    /// <summary>London 10am, <paramref name="daysAgo"/> days ago (negative for the future).</summary>
    public static DateTimeOffset At(int daysAgo, int hour = 10) => LondonClock.ToUtc(Today.AddDays(-daysAgo), new TimeOnly(hour, 0));

    public async Task SaveAsync(params object[] entities)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task SaveAsync(IEnumerable<object> entities) => await SaveAsync([.. entities]);

    public async Task ChangeAsync(Func<ProbationCaseDbContext, Task> change)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }
}
