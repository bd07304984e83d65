using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Tests.Spo;

/// <summary>
/// A small team built through the domain: an SPO (spo@probation.test), a PO (ro@probation.test) and a PSO,
/// with the sign-ins linked to their staff records before anyone signs in.
/// </summary>
public sealed record SpoTestTeam(Guid TeamId, StaffMember Spo, StaffMember Officer, StaffMember Pso, StaffMember OtherSpo)
{
    public static async Task<SpoTestTeam> CreateAsync(ProbationCaseDbContext db)
    {
        var office = Office.Create("Exeter", null);
        var team = Team.Create("Exeter North", office.Id);
        var spo = StaffMember.Create("Sam Pereira", OfficerGrade.SeniorProbationOfficer, team.Id);
        var officer = StaffMember.Create("Riya Osei", OfficerGrade.ProbationOfficer, team.Id);
        var pso = StaffMember.Create("Pat Stone", OfficerGrade.ProbationServicesOfficer, team.Id);
        var otherSpo = StaffMember.Create("Olu Other", OfficerGrade.SeniorProbationOfficer, team.Id);
        db.Offices.Add(office);
        db.Teams.Add(team);
        db.Staff.AddRange(spo, officer, pso, otherSpo);
        (await db.Users.SingleAsync(user => user.Email == "spo@probation.test")).StaffId = spo.Id;
        (await db.Users.SingleAsync(user => user.Email == "ro@probation.test")).StaffId = officer.Id;
        await db.SaveChangesAsync();
        return new SpoTestTeam(team.Id, spo, officer, pso, otherSpo);
    }

    private static int _crn = 100000;

    public static Crn NextCrn() => Crn.Parse($"S{Interlocked.Increment(ref _crn)}");

    /// <summary>A new case from court in the team's queue, with a RAR and unpaid work.</summary>
    public async Task<PersonOnProbation> AwaitingAllocationAsync(ProbationCaseDbContext db, string lastName = "Queued")
    {
        var now = DateTimeOffset.UtcNow;
        var person = PersonOnProbation.Create(NextCrn(), "Jo", lastName, new DateOnly(1990, 5, 17), now);
        person.AwaitAllocation(TeamId, now);
        db.People.Add(person);
        db.Orders.Add(RecentOrder(person.Id));
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>An allocated case on a live order; returns the person and order.</summary>
    public async Task<(PersonOnProbation Person, Order Order)> AllocatedAsync(ProbationCaseDbContext db, StaffMember officer, string lastName = "Allocated")
    {
        var now = DateTimeOffset.UtcNow;
        var person = PersonOnProbation.Create(NextCrn(), "Alex", lastName, new DateOnly(1988, 3, 2), now);
        person.AwaitAllocation(TeamId, now);
        person.Allocate(officer, Spo.Id, "Capacity in the team", now);
        var order = RecentOrder(person.Id);
        db.People.Add(person);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return (person, order);
    }

    /// <summary>
    /// A further unacceptable failure after a warning, referred for breach by <paramref name="referredBy"/>
    /// (the RO, or the SPO themselves), through the domain.
    /// </summary>
    public static async Task<EnforcementDecision> BreachReferralAsync(ProbationCaseDbContext db, Order order, Guid referredBy, Guid recordedBy)
    {
        var now = DateTimeOffset.UtcNow;
        var tracked = await TrackedAsync(db, order);
        WarnedForEarlierAbsence(tracked, now, recordedBy, db);
        var second = MissedAppointment(tracked, now.AddDays(-3), recordedBy, db);
        var decision = tracked.ReferBreach(second.Id, referredBy, "Second unacceptable absence within 12 months of a warning", now);
        await db.SaveChangesAsync();
        return decision;
    }

    /// <summary>
    /// A warning for an earlier unacceptable absence, then an office appointment 3 days ago with no outcome yet:
    /// an unacceptable failure on it requires a breach [CJA 2003 Sch 8]. Returns that appointment.
    /// </summary>
    public static async Task<Contact> AwaitingOutcomeAfterWarningAsync(ProbationCaseDbContext db, Order order, Guid recordedBy)
    {
        var now = DateTimeOffset.UtcNow;
        var tracked = await TrackedAsync(db, order);
        WarnedForEarlierAbsence(tracked, now, recordedBy, db);
        var contact = tracked.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, now.AddDays(-3), true, ContactDeliverer.ResponsibleOfficer, recordedBy), now.AddDays(-10));
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>
    /// An office appointment <paramref name="daysAgo"/> days ago the officer accepted as an absence on professional
    /// judgement [DOMAIN.md §3], with notes: what the SPO reviews on the approvals page.
    /// </summary>
    public static async Task<Contact> ProfessionalJudgementAbsenceAsync(ProbationCaseDbContext db, Order order, Guid recordedBy, int daysAgo = 30)
    {
        var now = DateTimeOffset.UtcNow;
        var tracked = await TrackedAsync(db, order);
        var at = now.AddDays(-daysAgo);
        var contact = tracked.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, at, true, ContactDeliverer.ResponsibleOfficer, recordedBy, Notes: "Rang the morning of the appointment from the hospital."), at.AddDays(-7));
        contact.RecordOutcome(ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.ProfessionalJudgement, "Child taken to hospital; no letter, but the account was consistent.", false), recordedBy, at.AddHours(2));
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    private static Task<Order> TrackedAsync(ProbationCaseDbContext db, Order order) =>
        db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == order.Id);

    private static void WarnedForEarlierAbsence(Order order, DateTimeOffset now, Guid recordedBy, ProbationCaseDbContext db)
    {
        var first = MissedAppointment(order, now.AddDays(-20), recordedBy, db);
        order.GiveWarning(first.Id, recordedBy, DateOnly.FromDateTime(now.AddDays(-19).UtcDateTime), "You did not attend. This failure is unacceptable.", DateOnly.FromDateTime(now.UtcDateTime));
    }

    private static UnacceptableFailure MissedAppointment(Order order, DateTimeOffset at, Guid recordedBy, ProbationCaseDbContext db)
    {
        var contact = order.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, at, true, ContactDeliverer.ResponsibleOfficer, recordedBy), at.AddDays(-7));
        contact.RecordOutcome(ContactOutcome.UnacceptableAbsence, null, recordedBy, at.AddHours(2));
        db.Contacts.Add(contact);
        return order.RecordUnacceptableFailure(contact, recordedBy, at.AddHours(3));
    }

    public static Order RecentOrder(Guid personId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sentence = today.AddMonths(-2);
        return Order.Create(personId, OrderType.CommunityOrder, "Exeter Magistrates' Court", sentence, sentence, sentence.AddMonths(12),
            [new OffenceDetails("Theft from a shop", sentence.AddMonths(-1))],
            [RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(80)], DateTimeOffset.UtcNow.AddMonths(-2));
    }
}
