using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Oversight;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Persistence;

public sealed class AggregateRoundTripTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static readonly Guid Officer = Guid.CreateVersion7();

    [Fact]
    public async Task Person_WithRiskHistoryAndAddress_RoundTrips()
    {
        var person = TestCase.Person("A123456");
        person.ChangeAddress(new Address("1 High Street", null, "Exeter", "EX1 1AA"));
        person.RecordNeeds(Needs.Accommodation | Needs.Alcohol);
        person.AssessRisk(TestCase.MediumRiskWithDomesticAbuse, Officer, "Police call-out", Now);
        await InScopeAsync(db => { db.People.Add(person); return db.SaveChangesAsync(); });

        var loaded = await InScopeAsync(db => db.People.Include(p => p.RiskHistory).SingleAsync(p => p.Crn == Crn.Parse("A123456")));

        Assert.Equal("Exeter", loaded.Address!.Town);
        Assert.Equal(Needs.Accommodation | Needs.Alcohol, loaded.Needs);
        Assert.Equal(RoshLevel.Medium, loaded.Risk.Rosh);
        Assert.Equal(12.34m, loaded.Risk.RsrPercent);
        Assert.True(loaded.Risk.Flags.HasFlag(RiskFlags.DomesticAbuse));
        Assert.Equal("Police call-out", Assert.Single(loaded.RiskHistory).Reason);
    }

    [Fact]
    public async Task Order_WithEveryRequirementKindAndEnforcement_RoundTrips()
    {
        var person = TestCase.Person("B123456");
        var order = TestCase.CommunityOrder(person.Id,
            RequirementTerms.Rar(25),
            RequirementTerms.UnpaidWork(100),
            RequirementTerms.AccreditedProgramme("Thinking Skills Programme", 19),
            RequirementTerms.Other(RequirementType.Curfew, "7pm to 7am", 90));
        order.StartRequirement(order.UnpaidWork!.Id, new DateOnly(2025, 1, 10));
        order.CreditUnpaidWork(new DateOnly(2025, 1, 11), 420, false, null);
        var missed = order.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, Now.AddDays(-20), true, ContactDeliverer.ResponsibleOfficer, Officer), Now.AddDays(-21));
        missed.RecordOutcome(ContactOutcome.UnacceptableAbsence, null, Officer, Now.AddDays(-19));
        var failure = order.RecordUnacceptableFailure(missed, Officer, Now.AddDays(-19));
        order.GiveWarning(failure.Id, Officer, new DateOnly(2025, 2, 12), "Missed appointment without reason; a further failure within 12 months can mean a return to court.", new DateOnly(2025, 2, 12));
        await InScopeAsync(db => { db.People.Add(person); db.Orders.Add(order); db.Contacts.Add(missed); return db.SaveChangesAsync(); });

        var loaded = await InScopeAsync(db => db.Orders
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions)
            .Include(o => o.Offences).Include(o => o.Failures).Include(o => o.Warnings)
            .AsSplitQuery().SingleAsync(o => o.Id == order.Id));

        Assert.Equal(25, loaded.Rar!.MaximumDays);
        Assert.Equal(420, loaded.UnpaidWork!.MinutesWorked);
        Assert.Equal(19, loaded.Requirements.OfType<AccreditedProgrammeRequirement>().Single().SessionsRequired);
        Assert.Equal(RequirementType.Curfew, loaded.Requirements.OfType<GeneralRequirement>().Single().Type);
        Assert.Single(loaded.Offences);
        Assert.Single(loaded.Failures);
        Assert.Contains("12 months", Assert.Single(loaded.Warnings).Content, StringComparison.Ordinal);
        Assert.Equal(ComplianceLevel.OneFailure, loaded.ComplianceOn(new DateOnly(2025, 3, 3)).Level);
    }

    [Fact]
    public async Task Order_ChildAddedAfterLoading_IsInserted()
    {
        var person = TestCase.Person("K123456");
        var order = TestCase.CommunityOrder(person.Id, RequirementTerms.UnpaidWork(60));
        await InScopeAsync(db => { db.People.Add(person); db.Orders.Add(order); return db.SaveChangesAsync(); });

        await InScopeAsync(async db =>
        {
            var loaded = await db.Orders.Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions).SingleAsync(o => o.Id == order.Id);
            loaded.StartRequirement(loaded.UnpaidWork!.Id, new DateOnly(2025, 1, 8));
            loaded.CreditUnpaidWork(new DateOnly(2025, 1, 8), 360, false, null);
            await db.SaveChangesAsync();
        });

        var minutes = await InScopeAsync(db => db.Orders.Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions)
            .Where(o => o.Id == order.Id).Select(o => o.Requirements.OfType<UnpaidWorkRequirement>().Single().Sessions.Sum(s => s.MinutesCredited)).SingleAsync());
        Assert.Equal(360, minutes);
    }

    [Fact]
    public async Task Contact_WithCorrectedOutcome_RoundTripsWithItsHistory()
    {
        var person = TestCase.Person("C123456");
        var order = TestCase.CommunityOrder(person.Id, RequirementTerms.Rar(10));
        var contact = order.ArrangeContact(new ContactArrangement(ContactType.RarActivity, Now.AddDays(-2), true, ContactDeliverer.ResponsibleOfficer, Officer, RequirementId: order.Rar!.Id, Notes: "Thinking skills one-to-one"), Now.AddDays(-3));
        contact.RecordOutcome(ContactOutcome.UnacceptableAbsence, null, Officer, Now.AddDays(-2));
        contact.CorrectOutcome(ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.Medical, "GP letter seen", true), Officer, "Sick note arrived", Now);
        await InScopeAsync(db => { db.People.Add(person); db.Orders.Add(order); db.Contacts.Add(contact); return db.SaveChangesAsync(); });

        var loaded = await InScopeAsync(db => db.Contacts.Include(c => c.Corrections).SingleAsync(c => c.Id == contact.Id));

        Assert.Equal(ContactOutcome.AcceptableAbsence, loaded.Outcome);
        Assert.Equal(AcceptableAbsenceReason.Medical, loaded.AbsenceReason);
        Assert.Equal(ContactOutcome.UnacceptableAbsence, Assert.Single(loaded.Corrections).PreviousOutcome);
        Assert.Equal(order.Rar.Id, loaded.RequirementId);
        Assert.Equal(TimeSpan.Zero, loaded.StartsAt.Offset);
    }

    [Fact]
    public async Task SentencePlan_WithObjectivesAndReview_RoundTrips()
    {
        var person = TestCase.Person("D123456");
        var order = TestCase.CommunityOrder(person.Id, RequirementTerms.Rar(20));
        var plan = SentencePlan.Start(order, Officer, Now);
        plan.AddObjective(order, new ObjectiveDetails("Find settled accommodation", Needs.Accommodation, RiskArea.None, "Referral to housing provider", "RO", order.Rar!.Id, 5));
        plan.RecordPersonsViews("Wants help with housing first", true);
        await InScopeAsync(db => { db.People.Add(person); db.Orders.Add(order); db.SentencePlans.Add(plan); return db.SaveChangesAsync(); });

        var loaded = await InScopeAsync(db => db.SentencePlans.Include(p => p.Objectives).SingleAsync(p => p.OrderId == order.Id));

        Assert.Equal(5, Assert.Single(loaded.Objectives).PlannedRarDays);
        Assert.True(loaded.PersonInvolved);
    }

    [Fact]
    public async Task ReferenceData_StaffTeamsInterventionsBankHolidays_RoundTrip()
    {
        var office = Office.Create("Exeter", "Lower Summerlands");
        var team = Team.Create("Exeter North", office.Id);
        var officer = StaffMember.Create("Alex Bell", OfficerGrade.ProbationOfficer, team.Id);
        var programme = Intervention.Create("Building Better Relationships", InterventionType.AccreditedProgramme, 24, "Probation", "Exeter", false, true);
        await InScopeAsync(db =>
        {
            db.Offices.Add(office); db.Teams.Add(team); db.Staff.Add(officer); db.Interventions.Add(programme);
            return db.SaveChangesAsync();
        });

        var loadedOfficer = await InScopeAsync(db => db.Staff.SingleAsync(s => s.Id == officer.Id));
        var loadedProgramme = await InScopeAsync(db => db.Interventions.SingleAsync(i => i.Id == programme.Id));
        var christmas2024 = await InScopeAsync(db => db.BankHolidays.AnyAsync(b => b.Date == new DateOnly(2024, 12, 25)));

        Assert.Equal(team.Id, loadedOfficer.TeamId);
        Assert.Equal(OfficerGrade.ProbationOfficer, loadedOfficer.Grade);
        Assert.Equal(24, loadedProgramme.Sessions);
        Assert.True(christmas2024);
    }
}

public sealed class CourtAndOversightRoundTripTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static readonly Guid Author = Guid.CreateVersion7();

    [Fact]
    public async Task PreSentenceReport_WithChecksAndProposal_RoundTrips()
    {
        var person = TestCase.Person("H123456");
        var activity = Intervention.Create("Thinking skills one-to-one", InterventionType.RarActivity, 6, "Probation", "Exeter", false, true);
        var report = PreSentenceReport.Create(person.Id, PsrType.StandardDelivery, "Exeter Crown Court", new DateOnly(2025, 4, 1),
            [new OffenceDetails("Assault by beating", new DateOnly(2025, 1, 20))], Author, Now);
        report.RecordCheckRequested(PreSentenceCheckKind.PoliceDomesticAbuse, new DateOnly(2025, 3, 3));
        report.RecordCheckChased(PreSentenceCheckKind.PoliceDomesticAbuse, new DateOnly(2025, 3, 10));
        report.RecordCheckReturned(PreSentenceCheckKind.ChildrensServices, "No current involvement", new DateOnly(2025, 3, 12));
        report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(20)], [activity.Id], "Needs structured work on thinking skills", [activity], Now);
        await InScopeAsync(db => { db.People.Add(person); db.Interventions.Add(activity); db.PreSentenceReports.Add(report); return db.SaveChangesAsync(); });

        var loaded = await InScopeAsync(db => db.PreSentenceReports
            .Include(r => r.Checks).Include(r => r.Offences)
            .Include(r => r.Proposal!).ThenInclude(p => p.Requirements)
            .Include(r => r.Proposal!).ThenInclude(p => p.RarActivities)
            .AsSplitQuery().SingleAsync(r => r.Id == report.Id));

        Assert.Equal([new DateOnly(2025, 3, 10)], loaded.GetCheck(PreSentenceCheckKind.PoliceDomesticAbuse).ChasedOn);
        Assert.Equal("No current involvement", loaded.GetCheck(PreSentenceCheckKind.ChildrensServices).Result);
        Assert.Equal(20, loaded.Proposal!.RarDays);
        Assert.Equal(activity.Id, Assert.Single(loaded.Proposal.RarActivities).InterventionId);
    }

    [Fact]
    public async Task OversightAndCaseAudit_RoundTrip()
    {
        var person = TestCase.Person("J123456");
        var oversight = ManagementOversight.Record(person.Id, Author, "Risk review after police call-out",
            [new OversightActionDetails("Complete home visit", Author, new DateOnly(2025, 3, 14))], Now);
        var answers = InspectionQuestions.All.Where(q => q.Domain != AuditDomain.UnpaidWork)
            .Select(q => new AuditAnswerDetails(q.Code, AuditAnswer.Yes, null));
        var audit = CaseAudit.Record(person.Id, Author, new DateOnly(2025, 3, 3), answers, Now);
        await InScopeAsync(db => { db.People.Add(person); db.ManagementOversight.Add(oversight); db.CaseAudits.Add(audit); return db.SaveChangesAsync(); });

        var loadedOversight = await InScopeAsync(db => db.ManagementOversight.Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id));
        var loadedAudit = await InScopeAsync(db => db.CaseAudits.Include(a => a.Answers).SingleAsync(a => a.Id == audit.Id));

        Assert.True(loadedOversight.IsOverdue(new DateOnly(2025, 3, 17)));
        Assert.Equal(answers.Count(), loadedAudit.Answers.Count);
    }
}
