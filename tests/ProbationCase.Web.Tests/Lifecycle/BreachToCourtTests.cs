using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Letters;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Lifecycle;

/// <summary>[DOMAIN.md §9] a breach from SPO approval to the court and back, through the pages.</summary>
public sealed class BreachToCourtTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Breach_ApprovedPackedSentAndRevokedAndResentenced_NewOrderOldTerminatedBreachClosed()
    {
        var (lifecycle, decisionId) = await ApprovedBreachAsync("L200001");
        await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-30), ContactType.RarActivity, ContactOutcome.AttendedComplied));
        var ro = await SignedInClientAsync(LifecycleCase.RoEmail);
        var spo = await SignedInClientAsync("spo@probation.test");

        var approvals = await spo.GetDocumentAsync("/Spo/Approvals");
        Assert.Contains("Due", approvals.QuerySelector("#breach-packs")!.TextContent, StringComparison.Ordinal);

        // The pack is refused while a section is missing.
        var pack = await ro.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Pack"));
        var saved = await ro.SubmitFormAsync(pack, new Dictionary<string, string>
        {
            ["Input.ComplianceHistory"] = "Attended weekly until the first failure; warned in writing.",
            ["Input.ProgressSoFar"] = "One RAR day delivered.",
            ["Input.ProposalToCourt"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        pack = await ro.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Pack"));
        var (refused, refusedPage) = await ro.PostAsync(pack, "form[action*='handler=Send']", new(Journey.DateFields("Send.SentOn", LifecycleCase.Today)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["The breach pack cannot be sent until it has your proposal to the court."], refusedPage.ErrorSummaryMessages());

        await ro.SubmitFormAsync(pack, new Dictionary<string, string>
        {
            ["Input.ComplianceHistory"] = "Attended weekly until the first failure; warned in writing.",
            ["Input.ProgressSoFar"] = "One RAR day delivered.",
            ["Input.ProposalToCourt"] = "Revoke and re-sentence to a community order with a RAR.",
        });
        pack = await ro.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Pack"));
        var (sent, _) = await ro.PostAsync(pack, "form[action*='handler=Send']", new(Journey.DateFields("Send.SentOn", LifecycleCase.Today)));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        // Court liaison records the court's outcome.
        var court = await SignedInClientAsync("court@probation.test");
        var outcome = await court.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Outcome"));
        var recorded = await court.SubmitFormAsync(outcome, new Dictionary<string, string>(Journey.DateFields("Input.DecidedOn", LifecycleCase.Today))
        {
            ["Input.Outcome"] = "RevokedAndResentenced",
            ["Input.NewOrderType"] = "CommunityOrder",
            ["Input.NewLengthInMonths"] = "12",
            ["Input.NewRarDays"] = "15",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var orders = await InScopeAsync(db => db.Orders.AsNoTracking().Include(o => o.Requirements).Include(o => o.Decisions).Where(o => o.PersonId == lifecycle.PersonId).ToListAsync());
        var old = orders.Single(o => o.Id == lifecycle.OrderId);
        var fresh = orders.Single(o => o.Id != lifecycle.OrderId);
        Assert.Equal((LifecycleCase.Today, TerminationReason.RevokedAndResentenced, RequirementStatus.Terminated, 1), (old.ActualEndDate!.Value, old.TerminationReason!.Value, old.Rar!.Status, old.Rar.DaysDeliveredAtEnd!.Value));
        Assert.Equal((LifecycleCase.Today, 15, false), (fresh.SentenceDate, fresh.Rar!.MaximumDays, fresh.HasEnded));
        var breach = old.Decisions.Single(d => d.Id == decisionId);
        Assert.Equal((BreachPackStage.Closed, fresh.Id), (breach.PackStage!.Value, breach.NewOrderId!.Value));
        Assert.Equal(lifecycle.StaffId, await InScopeAsync(db => db.People.Where(p => p.Id == lifecycle.PersonId).Select(p => p.ResponsibleOfficerId).SingleAsync()));
        var decisionKey = decisionId.ToString();
        var decisionChanges = await InScopeAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(EnforcementDecision) && a.EntityId == decisionKey).Select(a => a.Changes).ToListAsync());
        Assert.Contains(decisionChanges, changes => changes!.Contains("CourtOutcomeKind", StringComparison.Ordinal));
        var orderChanges = await InScopeAsync(db => db.AuditEntries.Where(a => a.PersonId == lifecycle.PersonId && a.EntityType == nameof(Order)).Select(a => a.Changes).ToListAsync());
        Assert.Contains(orderChanges, changes => changes!.Contains("ActualEndDate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CourtOutcome_AmendedWithNineteenHoursUnpaidWork_Returns400AndNothingChanges()
    {
        var (lifecycle, decisionId) = await SentBreachAsync("L200002");
        var court = await SignedInClientAsync("court@probation.test");
        var outcome = await court.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Outcome"));

        var (response, page) = await court.PostAsync(outcome, new(Journey.DateFields("Input.DecidedOn", LifecycleCase.Today)) { ["Input.Outcome"] = "Amended", ["Input.AddUnpaidWorkHours"] = "19" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Unpaid work imposed on breach must be between 20 and 300 hours."], page.ErrorSummaryMessages());
        Assert.Equal("#Input_AddUnpaidWorkHours", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null(await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Decisions).Select(d => d.CourtOutcomeOn).SingleAsync()));
    }

    [Fact]
    public async Task CourtOutcome_AmendedWithTwentyHoursUnpaidWork_Added()
    {
        var (lifecycle, decisionId) = await SentBreachAsync("L200003");
        var court = await SignedInClientAsync("court@probation.test");
        var outcome = await court.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Outcome"));

        var response = await court.SubmitFormAsync(outcome, new Dictionary<string, string>(Journey.DateFields("Input.DecidedOn", LifecycleCase.Today)) { ["Input.Outcome"] = "Amended", ["Input.AddUnpaidWorkHours"] = "20" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hours = await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Requirements).OfType<UnpaidWorkRequirement>().Select(u => u.HoursOrdered).SingleAsync());
        Assert.Equal(20, hours);
    }

    [Fact]
    public async Task CourtOutcome_PackReturnedAsIncomplete_ShowsReturnedToTheSpo()
    {
        var (lifecycle, decisionId) = await SentBreachAsync("L200004");
        var ro = await SignedInClientAsync(LifecycleCase.RoEmail);
        var outcome = await ro.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Breaches/{decisionId}/Outcome"));

        var (response, _) = await ro.PostAsync(outcome, "form[action*='handler=Returned']", new(Journey.DateFields("Returned.ReturnedOn", LifecycleCase.Today)) { ["Returned.Reason"] = "No warning letter attached." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var approvals = await (await SignedInClientAsync("spo@probation.test")).GetDocumentAsync("/Spo/Approvals");
        Assert.Contains("No warning letter attached.", approvals.QuerySelector("#breach-packs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarningLetter_RecordedAsGiven_HasTheThreeStatutoryElementsAndTheDateGiven()
    {
        var (lifecycle, _) = await ApprovedBreachAsync("L200005");
        var warningId = await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Warnings).Select(w => w.Id).SingleAsync());
        var ro = await SignedInClientAsync(LifecycleCase.RoEmail);
        var url = lifecycle.Url($"Orders/{lifecycle.OrderId}/Letters/Warning/{warningId}");
        var draft = await ro.GetDocumentAsync(url);

        var response = await ro.SubmitFormAsync(draft, new Dictionary<string, string>());
        var given = await ro.GetDocumentAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = given.QuerySelector("#statutory-warning")!.TextContent;
        Assert.Contains("What happened: on", text, StringComparison.Ordinal);
        Assert.Contains("This failure to comply with your order is unacceptable.", text, StringComparison.Ordinal);
        Assert.Contains("within 12 months of this warning", text, StringComparison.Ordinal);
        Assert.Contains("returned to court", text, StringComparison.Ordinal);
        Assert.Equal(UiDefaults.Date(LifecycleCase.Today.AddDays(-10)), given.QuerySelector("#letter-date")!.TextContent.Trim());
        Assert.NotNull(given.QuerySelector("#letter-given"));
        Assert.Equal(2, given.QuerySelectorAll(".app-marking").Count(m => m.TextContent.Trim() == "OFFICIAL-SENSITIVE"));
        var stored = await InScopeAsync(db => db.IssuedLetters.SingleAsync());
        Assert.Equal((LetterKind.WarningLetter, warningId, LifecycleCase.Today.AddDays(-10)), (stored.Kind, stored.SubjectId!.Value, stored.LetterDate));
    }

    [Fact]
    public async Task InductionSummary_ShowsEachRequirementWithItsNumbersAndTheEndDate()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L200006"));
        var ro = await SignedInClientAsync(LifecycleCase.RoEmail);

        var page = await ro.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Letters/Induction"));

        Assert.Contains("up to 20 days", page.QuerySelector("#requirements")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.Date(LifecycleCase.Today.AddMonths(-LifecycleCase.MonthsAgo).AddMonths(24)), page.QuerySelector("#order")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#reporting"));
    }

    /// <summary>A warning given 10 days ago for an absence 11 days ago, then a further absence referred for breach and approved by the SPO.</summary>
    private async Task<(LifecycleCase Case, Guid DecisionId)> ApprovedBreachAsync(string crn)
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, crn));
        var first = await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-11), outcome: ContactOutcome.UnacceptableAbsence));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-2), outcome: ContactOutcome.UnacceptableAbsence));
        var decisionId = await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == lifecycle.OrderId);
            var contacts = await db.Contacts.Where(c => c.OrderId == order.Id).ToListAsync();
            var now = DateTimeOffset.UtcNow;
            var warned = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == first), lifecycle.StaffId, now);
            order.GiveWarning(warned.Id, lifecycle.StaffId, LifecycleCase.Today.AddDays(-10), "You did not attend. This failure is unacceptable.", LifecycleCase.Today);
            var breached = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == second), lifecycle.StaffId, now);
            var decision = order.ReferBreach(breached.Id, lifecycle.StaffId, "Second failure within 12 months of a warning.", now);
            var spo = await db.Staff.SingleAsync(s => s.Id == lifecycle.SpoId);
            order.ApproveDecision(decision.Id, spo, "Agreed.", now);
            await db.SaveChangesAsync();
            return decision.Id;
        });
        return (lifecycle, decisionId);
    }

    private async Task<(LifecycleCase Case, Guid DecisionId)> SentBreachAsync(string crn)
    {
        var (lifecycle, decisionId) = await ApprovedBreachAsync(crn);
        await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Offences).Include(o => o.Requirements).Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == lifecycle.OrderId);
            order.WriteBreachPack(decisionId, new BreachPackSections("Attended until the first failure.", "One RAR day.", "Order to continue."), DateTimeOffset.UtcNow);
            order.SendBreach(decisionId, LifecycleCase.Today, LifecycleCase.Today, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        return (lifecycle, decisionId);
    }
}

internal static class FormPosting
{
    /// <summary>Posts the form matching <paramref name="formSelector"/> on a page with several forms.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(this HttpClient client, IDocument page, string formSelector, Dictionary<string, string> fields)
    {
        var response = await client.SubmitFormAsync(page, fields, formSelector);
        return (response, await response.ReadDocumentAsync());
    }
}
