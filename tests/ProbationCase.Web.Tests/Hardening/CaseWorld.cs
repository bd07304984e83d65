using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Court;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>
/// A small region for tests that visit every page: the SPO's team with an allocated case (order, contacts,
/// a breach referral, a pre-sentence report) and another team with its own case and referral; an
/// intervention in the catalogue. Route values for any page template come from <see cref="Url"/>.
/// </summary>
public sealed record CaseWorld(
    SpoTestTeam Team, Guid PersonId, Guid OrderId, Guid ContactId, Guid DecisionId, Guid ReportId, Guid InterventionId,
    Guid OtherTeamPersonId, Guid OtherTeamDecisionId, Guid AbsenceId)
{
    public static readonly string[] Emails = ["ro@probation.test", "spo@probation.test", "court@probation.test", "admin@probation.test"];

    public static async Task<CaseWorld> CreateAsync(ProbationCaseDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var team = await SpoTestTeam.CreateAsync(db);
        var (person, order) = await team.AllocatedAsync(db, team.Officer);
        var decision = await SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id);
        var contactId = await db.Contacts.Where(c => c.OrderId == order.Id).OrderByDescending(c => c.StartsAt).Select(c => c.Id).FirstAsync();
        // Older than every other contact, so the latest contact (ContactId) stays the one awaiting a decision.
        var absence = await SpoTestTeam.ProfessionalJudgementAbsenceAsync(db, order, team.Officer.Id, daysAgo: 40);

        var (office, otherTeam) = CourtTestData.Team("Plymouth South");
        var otherOfficer = StaffMember.Create("Kim Other", OfficerGrade.ProbationOfficer, otherTeam.Id);
        db.Offices.Add(office);
        db.Teams.Add(otherTeam);
        db.Staff.Add(otherOfficer);
        var now = DateTimeOffset.UtcNow;
        var other = PersonOnProbation.Create(SpoTestTeam.NextCrn(), "Lou", "Elsewhere", new DateOnly(1985, 1, 9), now);
        other.AwaitAllocation(otherTeam.Id, now);
        other.Allocate(otherOfficer, otherOfficer.Id, "Their team's case", now);
        var otherOrder = SpoTestTeam.RecentOrder(other.Id);
        db.People.Add(other);
        db.Orders.Add(otherOrder);
        await db.SaveChangesAsync();
        var otherDecision = await SpoTestTeam.BreachReferralAsync(db, otherOrder, otherOfficer.Id, otherOfficer.Id);

        var report = CourtTestData.Report(person.Id);
        var intervention = CourtTestData.Activity();
        db.PreSentenceReports.Add(report);
        db.Interventions.Add(intervention);
        await db.SaveChangesAsync();
        return new CaseWorld(team, person.Id, order.Id, contactId, decision.Id, report.Id, intervention.Id, other.Id, otherDecision.Id, absence.Id);
    }

    /// <summary>The template with this world's ids; <paramref name="otherTeam"/> puts in the other team's case.</summary>
    public string Url(string template, bool otherTeam = false)
    {
        ArgumentNullException.ThrowIfNull(template);
        var values = new Dictionary<string, string>
        {
            ["personId"] = (otherTeam ? OtherTeamPersonId : PersonId).ToString(),
            ["decisionId"] = (otherTeam ? OtherTeamDecisionId : DecisionId).ToString(),
            ["contactId"] = ContactId.ToString(),
            ["absenceId"] = AbsenceId.ToString(),
            ["orderId"] = OrderId.ToString(),
            ["id"] = (template.StartsWith("Admin/Interventions", StringComparison.Ordinal) ? InterventionId : ReportId).ToString(),
            ["section"] = "sources",
            ["check"] = "childrens-services",
            ["code"] = "404",
            ["kind"] = "Induction",
            ["subjectId"] = string.Empty,
        };
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\}", match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"No value for route parameter '{match.Groups[1].Value}' in {template}: add one to CaseWorld."));
        return "/" + path;
    }
}
