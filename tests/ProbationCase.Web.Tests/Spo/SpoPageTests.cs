using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Oversight;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Spo;

public sealed class SpoPageTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private Task<SpoTestTeam> TeamAsync() => InScopeAsync(SpoTestTeam.CreateAsync);

    private Task<HttpClient> SpoAsync() => SignedInClientAsync("spo@probation.test");

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Fact]
    public async Task Allocations_CaseAwaitingAllocation_ListedWithRiskRequirementsAndChecks()
    {
        var team = await TeamAsync();
        var person = await InScopeAsync(db => team.AwaitingAllocationAsync(db, "Queueperson"));
        var client = await SpoAsync();

        var page = await client.GetDocumentAsync("/Spo/Allocations");

        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Queueperson", StringComparison.Ordinal));
        Assert.Contains("RAR: 20 days", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unpaid work: 80 hours", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("RoSH Not assessed", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/Spo/Allocations/{person.Id}']"));
    }

    [Fact]
    public async Task Allocate_WithoutReason_Returns400WithErrorAndLeavesQueue()
    {
        var team = await TeamAsync();
        var person = await InScopeAsync(db => team.AwaitingAllocationAsync(db));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Allocations/{person.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.OfficerId"] = team.Officer.Id.ToString(), ["Input.Reason"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(["Enter why you chose this officer"], page.ErrorSummaryMessages());
        Assert.NotNull(page.QuerySelector("#Input_Reason-error"));
        var status = await InScopeAsync(db => db.People.Where(p => p.Id == person.Id).Select(p => p.AllocationStatus).SingleAsync());
        Assert.Equal(AllocationStatus.AwaitingAllocation, status);
    }

    [Fact]
    public async Task Allocate_WithReason_SetsResponsibleOfficerAndRemovesFromQueue()
    {
        var team = await TeamAsync();
        var person = await InScopeAsync(db => team.AwaitingAllocationAsync(db, "Tobeallocated"));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Allocations/{person.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.OfficerId"] = team.Pso.Id.ToString(), ["Input.Reason"] = "Low risk, PSO has capacity" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await InScopeAsync(db => db.People.Where(p => p.Id == person.Id)
            .Select(p => new { p.ResponsibleOfficerId, p.AllocationStatus, Reason = p.Allocations.Select(a => a.Reason).Single() }).SingleAsync());
        Assert.Equal(team.Pso.Id, saved.ResponsibleOfficerId);
        Assert.Equal(AllocationStatus.Allocated, saved.AllocationStatus);
        Assert.Equal("Low risk, PSO has capacity", saved.Reason);
        var queue = await client.GetDocumentAsync("/Spo/Allocations");
        Assert.Contains("Jo Tobeallocated allocated to Pat Stone", queue.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Null(queue.QuerySelector("table"));
    }

    [Fact]
    public async Task Allocate_Page_ShowsEachOfficersCaseloadWeightedWorkloadAndGrade()
    {
        var team = await TeamAsync();
        await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var person = await InScopeAsync(db => team.AwaitingAllocationAsync(db));
        var client = await SpoAsync();

        var page = await client.GetDocumentAsync($"/Spo/Allocations/{person.Id}");

        var officerRow = page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td")?.TextContent.Trim() == "Riya Osei");
        var cells = officerRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("PO", cells[1]);
        Assert.Equal("2", cells[2]);
        Assert.Equal("2", cells[3]);
        Assert.StartsWith("4%", cells[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reallocate_WithReason_RecordsContinuity()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Allocations/{person.Id}");
        Assert.Equal("Reallocate this case", Text(form, "h1"));

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.OfficerId"] = team.Pso.Id.ToString(), ["Input.Reason"] = "Officer moving to court team" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var history = await InScopeAsync(db => db.People.Where(p => p.Id == person.Id)
            .SelectMany(p => p.Allocations).OrderBy(a => a.AllocatedAt).Select(a => new { a.OfficerId, a.EndedAt, a.Reason }).ToListAsync());
        Assert.Equal([team.Officer.Id, team.Pso.Id], history.Select(h => h.OfficerId));
        Assert.NotNull(history[0].EndedAt);
        var page = await client.GetDocumentAsync($"/Spo/Allocations/{person.Id}");
        var changes = page.QuerySelectorAll(".govuk-summary-list__row").Single(row => row.TextContent.Contains("Changes of officer", StringComparison.Ordinal));
        Assert.Equal("1", changes.QuerySelector("dd")!.TextContent.Trim());
        Assert.Contains("Officer moving to court team", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseload_FilteredByOfficer_ShowsOnlyThatOfficersCasesWithWarnings()
    {
        var team = await TeamAsync();
        var (withBreach, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Breachcase"));
        await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        await InScopeAsync(db => team.AllocatedAsync(db, team.Pso, "Psocase"));
        var client = await SpoAsync();

        var page = await client.GetDocumentAsync($"/Spo/Caseload?officer={team.Officer.Id}");

        var rows = page.QuerySelectorAll("#caseload tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains("Breachcase", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Breach in progress", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Showing 1 to 1 of 1 case", Text(page, "#showing"));
        _ = withBreach;
    }

    [Fact]
    public async Task Approve_WithoutRationale_Returns400AndDecisionStaysPending()
    {
        var team = await TeamAsync();
        var (_, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "approve", ["Input.Rationale"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the rationale for your decision"], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(EnforcementDecisionStatus.PendingApproval, await StatusOfAsync(decision.Id));
    }

    [Fact]
    public async Task Approve_OwnReferral_IsRefusedByTheDomain()
    {
        var team = await TeamAsync();
        var (_, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Spo.Id, team.Officer.Id));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "approve", ["Input.Rationale"] = "Agreed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([new SpoCannotApproveOwnReferralRule(team.Spo.Id, team.Spo.Id).Message], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(EnforcementDecisionStatus.PendingApproval, await StatusOfAsync(decision.Id));
    }

    [Fact]
    public async Task Approve_AlreadyRejectedByAnotherSpo_ConflictPageAndTheirDecisionKept()
    {
        var team = await TeamAsync();
        var (_, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");
        await InScopeAsync(async db =>
        {
            var tracked = await db.Orders.Include(o => o.Decisions).SingleAsync(o => o.Id == order.Id);
            var other = await db.Staff.SingleAsync(s => s.Id == team.OtherSpo.Id);
            tracked.RejectDecision(decision.Id, other, "Give a further warning instead", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "approve", ["Input.Rationale"] = "Agreed, breach" });

        await response.AssertConflictAsync($"/Spo/Approvals/{decision.Id}");
        Assert.Equal(EnforcementDecisionStatus.Rejected, await StatusOfAsync(decision.Id));
    }

    [Fact]
    public async Task Approve_WithRationale_ApprovesAndRoSeesItOnTheCase()
    {
        var team = await TeamAsync();
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "approve", ["Input.Rationale"] = "Two failures within 12 months; return to court" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EnforcementDecisionStatus.Approved, await StatusOfAsync(decision.Id));
        var ro = await SignedInClientAsync("ro@probation.test");
        var casePage = await ro.GetDocumentAsync($"/Cases/{person.Id}/Oversight");
        var decisions = Text(casePage, "#decisions");
        Assert.Contains("Approved", decisions, StringComparison.Ordinal);
        Assert.Contains("Breach in progress", decisions, StringComparison.Ordinal);
        Assert.Contains("Two failures within 12 months; return to court", decisions, StringComparison.Ordinal);
        Assert.Null(casePage.QuerySelector("#record-oversight"));
    }

    [Fact]
    public async Task Oversight_WithoutWhatWasReviewed_Returns400()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Cases/{person.Id}/Oversight");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.WhatWasReviewed"] = "" }, "#record-oversight");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter what you reviewed"], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task Oversight_WithAction_RecordedWithOwnerAndDueDate()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Cases/{person.Id}/Oversight");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.WhatWasReviewed"] = "Risk assessment after police call-out",
            ["Input.Actions[0].Description"] = "Complete a domestic abuse risk review",
            ["Input.Actions[0].OwnerId"] = team.Officer.Id.ToString(),
            ["Input.Actions[0].Due.Day"] = due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Actions[0].Due.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Actions[0].Due.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "#record-oversight");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await InScopeAsync(db => db.ManagementOversight.Where(o => o.PersonId == person.Id).SelectMany(o => o.Actions).SingleAsync());
        Assert.Equal(team.Officer.Id, action.OwnerId);
        Assert.Equal(due, action.DueOn);
    }

    [Fact]
    public async Task Oversight_PostByRo_IsForbidden()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var ro = await SignedInClientAsync("ro@probation.test");
        var page = await ro.GetDocumentAsync($"/Cases/{person.Id}/Oversight");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");

        var response = await ro.PostAsync(new Uri($"/Cases/{person.Id}/Oversight", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? "",
            ["Input.WhatWasReviewed"] = "Trying to record oversight",
        }));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.False(await InScopeAsync(db => db.ManagementOversight.AnyAsync(o => o.PersonId == person.Id)));
    }

    [Fact]
    public async Task Dashboard_OversightWithOverdueAction_CountsOverdueAction()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var before = Text(await client.GetDocumentAsync("/Spo/Dashboard"), "#team-overdue-actions");
        await InScopeAsync(db =>
        {
            var recorded = DateTimeOffset.UtcNow.AddDays(-20);
            db.ManagementOversight.Add(ManagementOversight.Record(person.Id, team.Spo.Id, "Supervision review",
                [new OversightActionDetails("Book a home visit", team.Officer.Id, DateOnly.FromDateTime(recorded.UtcDateTime).AddDays(7))], recorded));
            return db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync("/Spo/Dashboard");

        Assert.Equal("0", before);
        Assert.Equal("1", Text(page, "#team-overdue-actions"));
        var caseloadPage = await client.GetDocumentAsync("/Spo/Caseload");
        Assert.Contains("1 overdue oversight action", caseloadPage.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var oversight = await client.GetDocumentAsync($"/Cases/{person.Id}/Oversight");
        Assert.Contains("Overdue", oversight.QuerySelector(".govuk-summary-card")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardCsv_EachTable_IsCsvWithAHeaderOfficerRowsAndTeamRow()
    {
        var team = await TeamAsync();
        await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();

        foreach (var table in new[] { "caseload", "timeliness", "delivery", "compliance" })
        {
            var response = await client.GetAsync(new Uri($"/Spo/Dashboard?handler=Csv&table={table}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // Header, four officers of the team (two SPOs, PO, PSO) by name, then the whole team.
            Assert.Equal(6, lines.Length);
            Assert.StartsWith("Officer,", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("Whole team,", lines[^1], StringComparison.Ordinal);
        }

        var caseload = await client.GetStringAsync(new Uri("/Spo/Dashboard?handler=Csv&table=caseload", UriKind.Relative));
        Assert.Contains("Riya Osei,PO,1,1,2", caseload, StringComparison.Ordinal);
        // The aim is per officer: one case across the team's four officers is 0% of their joint 220-case aim, not 2%.
        Assert.Contains("Whole team,,1,1,0", caseload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Page_HasAccessibleChartsWithTableAlternatives()
    {
        await TeamAsync();
        var client = await SpoAsync();

        var page = await client.GetDocumentAsync("/Spo/Dashboard");

        var charts = page.QuerySelectorAll("main svg[role='img']").ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, chart => Assert.NotNull(chart.QuerySelector("title")));
        Assert.All(charts, chart => Assert.NotNull(chart.QuerySelector("desc")));
        Assert.NotNull(page.QuerySelector("#table-caseload"));
        Assert.DoesNotContain("reoffend", page.QuerySelector("table")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Audit_Recorded_ShowsTeamPercentYesBesidePublishedFigure()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Audits/{person.Id}");
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < InspectionQuestions.All.Count; i++)
        {
            var question = InspectionQuestions.All[i];
            if (question.Domain == AuditDomain.UnpaidWork) continue;
            fields[$"Input.Answers[{i}].Answer"] = question.Code == "2.2.3" ? "No" : "Yes";
        }

        var response = await client.SubmitFormAsync(form, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var results = await client.GetDocumentAsync("/Spo/Audits");
        var planning = results.QuerySelector("tr[data-question='2.2.3']")!;
        Assert.Equal("0%", planning.QuerySelector("[data-team-percent]")!.TextContent.Trim());
        Assert.Equal("34%", planning.QuerySelector("[data-published-percent]")!.TextContent.Trim());
        var assessment = results.QuerySelector("tr[data-question='2.1.1']")!;
        Assert.Equal("100%", assessment.QuerySelector("[data-team-percent]")!.TextContent.Trim());
        Assert.Equal("52%", assessment.QuerySelector("[data-published-percent]")!.TextContent.Trim());
        Assert.Equal("No answers", results.QuerySelector("tr[data-question='4.1.1'] [data-team-percent]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Audit_QuestionUnanswered_Returns400NamingTheQuestion()
    {
        var team = await TeamAsync();
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var client = await SpoAsync();
        var form = await client.GetDocumentAsync($"/Spo/Audits/{person.Id}");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Answers[0].Answer"] = "Yes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).ErrorSummaryMessages();
        Assert.Contains("Answer question 2.1.2", errors);
        Assert.DoesNotContain("Answer question 4.1.1", errors);
    }

    [Fact]
    public async Task AuditSample_Size_ListsThatManyTeamCases()
    {
        var team = await TeamAsync();
        for (var i = 0; i < 3; i++)
        {
            await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        }

        var client = await SpoAsync();

        var page = await client.GetDocumentAsync("/Spo/Audits?Sample.Size=2");

        Assert.Equal(2, page.QuerySelectorAll("#sample tbody tr").Length);
    }

    private Task<EnforcementDecisionStatus> StatusOfAsync(Guid decisionId) =>
        InScopeAsync(db => db.Orders.SelectMany(o => o.Decisions).Where(d => d.Id == decisionId).Select(d => d.Status).SingleAsync());
}
