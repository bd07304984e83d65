using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Court.CourtTestData;

namespace ProbationCase.Web.Tests.Court;

public sealed class CourtReportPagesTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task WorkList_WithReports_ShowsStatusAndOutstandingChecks()
    {
        var person = Person("A100001", "Alex", "Worklist");
        var activity = Activity();
        var report = Report(person.Id).Proposed(activity);
        report.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "No call-outs.", Hearing.AddDays(-2));
        await InScopeAsync(async db =>
        {
            db.AddRange(person, activity, report);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court");

        var row = page.QuerySelector($"tr[data-report-id='{report.Id}']")!;
        Assert.Contains("Alex Worklist", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("In progress", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal("Children's services check", row.QuerySelector(".app-outstanding-checks li")!.TextContent.Trim());
        Assert.DoesNotContain("Police", row.QuerySelector(".app-outstanding-checks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkList_FilteredByStatus_ShowsOnlyThatStatus()
    {
        var first = Person("A100002", "Nora", "Started");
        var second = Person("A100003", "Nina", "Notyet");
        var activity = Activity();
        await InScopeAsync(async db =>
        {
            db.AddRange(first, second, activity, Report(first.Id).Proposed(activity), Report(second.Id));
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court?Filter.Status=NotStarted");

        var rows = page.QuerySelectorAll("#work-list tbody tr");
        Assert.Single(rows);
        Assert.Contains("Nina Notyet", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewReport_ExistingPersonByCrn_CreatesReportForThatPerson()
    {
        var person = Person("B200001", "Casey", "Known");
        await InScopeAsync(async db =>
        {
            db.Add(person);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync("/Court/Reports/New");

        var response = await client.SubmitFormAsync(page, NewReportFields(new()
        {
            ["Input.FindBy"] = "Crn",
            ["Input.Crn"] = "b200001",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await InScopeAsync(db => db.PreSentenceReports.AsNoTracking().SingleAsync());
        Assert.Equal(person.Id, report.PersonId);
        Assert.Equal(PsrType.FastDelivery, report.Type);
        Assert.Equal($"/Court/Reports/{report.Id}", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task NewReport_NameAndDateOfBirthMatchTwoPeople_AsksToChooseAndCreatesNothing()
    {
        var born = new DateOnly(1988, 2, 29);
        var one = Person("C300001", "Sam", "Twin", born);
        var other = Person("C300002", "Sam", "Twin", born);
        await InScopeAsync(async db =>
        {
            db.AddRange(one, other);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync("/Court/Reports/New");

        var response = await client.SubmitFormAsync(page, NewReportFields(NameSearch("sam", "TWIN", born)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choice = await response.ReadDocumentAsync();
        var options = choice.QuerySelectorAll("input[name='Input.ChosenPersonId']").Select(radio => radio.GetAttribute("value")).ToList();
        Assert.Equal(new[] { one.Id.ToString(), other.Id.ToString() }.Order(), options.Order());
        Assert.Empty(choice.QuerySelectorAll("input[name='Input.ChosenPersonId'][checked]"));
        Assert.Equal(0, await InScopeAsync(db => db.PreSentenceReports.CountAsync()));
    }

    [Fact]
    public async Task NewReport_PersonChosenFromSeveralMatches_CreatesReportForChosenPerson()
    {
        var born = new DateOnly(1988, 2, 29);
        var one = Person("C300003", "Sam", "Twin", born);
        var other = Person("C300004", "Sam", "Twin", born);
        await InScopeAsync(async db =>
        {
            db.AddRange(one, other);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync("/Court/Reports/New");
        var fields = NewReportFields(NameSearch("Sam", "Twin", born));
        fields["Input.ChosenPersonId"] = other.Id.ToString();

        var response = await client.SubmitFormAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(other.Id, await InScopeAsync(db => db.PreSentenceReports.Select(r => r.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task NewReport_NewPerson_CreatesPersonAndReport()
    {
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync("/Court/Reports/New");

        var response = await client.SubmitFormAsync(page, NewReportFields(new()
        {
            ["Input.FindBy"] = "NewPerson",
            ["Input.NewFirstName"] = "Robin",
            ["Input.NewLastName"] = "Newcase",
            ["Input.NewDateOfBirth.Day"] = "4",
            ["Input.NewDateOfBirth.Month"] = "7",
            ["Input.NewDateOfBirth.Year"] = "1995",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await InScopeAsync(db => db.People.AsNoTracking().Select(p => new { p.Id, p.FirstName, p.LastName, p.DateOfBirth }).SingleAsync());
        Assert.Equal(("Robin", "Newcase", new DateOnly(1995, 7, 4)), (created.FirstName, created.LastName, created.DateOfBirth));
        Assert.Equal(created.Id, await InScopeAsync(db => db.PreSentenceReports.Select(r => r.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task NewReport_NothingEntered_Returns400WithGovUkErrors()
    {
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync("/Court/Reports/New");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).ErrorSummaryMessages();
        Assert.Contains("Select the type of report", errors);
        Assert.Contains("Enter the court", errors);
        Assert.Contains("Select how to find the person", errors);
        Assert.Contains("Enter at least one offence", errors);
    }

    [Fact]
    public async Task Proposal_RarAbove60Days_ShowsWarning()
    {
        var (reportId, activity) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", ProposalFields("61", ("Input.ActivityIds", activity.Id.ToString()))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await client.GetDocumentAsync($"/Court/Reports/{reportId}");
        var warning = report.QuerySelector(".app-rar-warning")!.TextContent;
        Assert.Contains("61 RAR days is more than the 60 days", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_UnpaidWork39Hours_RefusedWithDomainMessage()
    {
        var (reportId, _) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");
        var fields = ProposalFields("");
        fields["Input.UnpaidWorkHours"] = "39";

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errorPage = await response.ReadDocumentAsync();
        Assert.Equal(["Unpaid work must be between 40 and 300 hours."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_UnpaidWorkHours", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null(await InScopeAsync(db => db.PreSentenceReports.Where(r => r.Id == reportId).Select(r => r.Proposal).SingleAsync()));
    }

    [Fact]
    public async Task Proposal_UnavailableActivity_IsNotOffered()
    {
        var unavailable = Activity("Closed group", available: false);
        var (reportId, available) = await SeedReportAsync(r => r, unavailable);
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");

        var offered = page.QuerySelectorAll("input[name='Input.ActivityIds']").Select(box => box.GetAttribute("value")).ToList();
        Assert.Equal([available.Id.ToString()], offered);
    }

    [Fact]
    public async Task Proposal_UnavailableActivityPosted_RefusedWithDomainMessage()
    {
        var unavailable = Activity("Closed group", available: false);
        var (reportId, _) = await SeedReportAsync(r => r, unavailable);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", ProposalFields("20", ("Input.ActivityIds", unavailable.Id.ToString()))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Closed group is not available now. Choose an activity that is."], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task Proposal_StaleVersion_ConflictPageAndFirstKept()
    {
        var (reportId, activity) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");
        var first = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", ProposalFields("20", ("Input.ActivityIds", activity.Id.ToString()))));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var stale = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", ProposalFields("30", ("Input.ActivityIds", activity.Id.ToString()))));

        await stale.AssertConflictAsync($"/Court/Reports/{reportId}/Proposal");
        var report = await client.GetDocumentAsync($"/Court/Reports/{reportId}");
        Assert.Contains("RAR: 20 days", report.QuerySelector("#proposal-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkReady_CheckNotReturned_RefusedWithDomainMessage()
    {
        var (reportId, _) = await SeedReportAsync(r =>
        {
            r.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "No call-outs.", Hearing.AddDays(-2));
            return r;
        }, propose: true);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}");

        var response = await client.PostAsync($"/Court/Reports/{reportId}?handler=Ready", FormFields(page, "form[action*='handler=Ready']"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["The children's services check has not come back. Record the result, or record that it is outstanding and the court has been told."], errors);
        Assert.Equal(PsrStatus.InProgress, await StatusAsync(reportId));
    }

    [Fact]
    public async Task MarkReady_CheckOutstandingToldToCourt_MarksReady()
    {
        var (reportId, _) = await SeedReportAsync(r =>
        {
            r.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "No call-outs.", Hearing.AddDays(-2));
            return r;
        }, propose: true);
        var client = await SignedInClientAsync(CourtEmail);
        var checkPage = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Checks/childrens-services");
        var told = await client.PostAsync($"/Court/Reports/{reportId}/Checks/childrens-services", FormFields(checkPage, "main form", new Dictionary<string, string>
        {
            ["Input.Action"] = "ToldToCourt",
            ["Input.On.Day"] = "10",
            ["Input.On.Month"] = "3",
            ["Input.On.Year"] = "2025",
        }));
        Assert.Equal(HttpStatusCode.Redirect, told.StatusCode);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}");

        var response = await client.PostAsync($"/Court/Reports/{reportId}?handler=Ready", FormFields(page, "form[action*='handler=Ready']"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PsrStatus.Ready, await StatusAsync(reportId));
    }

    [Fact]
    public async Task Close_OralReportWithoutTypedRecord_RefusedWithDomainMessage()
    {
        var (reportId, _) = await SeedReportAsync(r =>
        {
            r.ChecksReturned().Delivered();
            r.RecordSentence(new CourtSentence(SentenceKind.Fine, Hearing, null, []), Hearing);
            return r;
        }, propose: true, type: PsrType.Oral);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}");

        var response = await client.PostAsync($"/Court/Reports/{reportId}?handler=Close", FormFields(page, "form[action*='handler=Close']"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Type up the oral report before closing it."], errors);
        Assert.Null(await InScopeAsync(db => db.PreSentenceReports.Where(r => r.Id == reportId).Select(r => r.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task RecordSentence_DifferentFromProposal_CreatesOrderWithPassedRequirementsAndQueuesCaseInChosenTeam()
    {
        var (office, team) = Team("Exeter North");
        var (reportId, _) = await SeedReportAsync(r => r.ChecksReturned().Delivered(), propose: true, extra: [office, team]);
        var client = await SignedInClientAsync(CourtEmail);
        var form = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Sentence");
        Assert.Equal("20", form.QuerySelector("#Passed_RarDays")!.GetAttribute("value"));

        var check = await client.PostAsync($"/Court/Reports/{reportId}/Sentence", FormFields(form, "main form", new Dictionary<string, string>
        {
            ["Passed.Sentence"] = "CommunityOrder",
            ["Passed.LengthInMonths"] = "12",
            ["Passed.RarDays"] = "25",
            ["Passed.UnpaidWorkHours"] = "100",
            ["Input.SentencedOn.Day"] = "12",
            ["Input.SentencedOn.Month"] = "3",
            ["Input.SentencedOn.Year"] = "2025",
            ["Input.TeamId"] = team.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var answers = await check.ReadDocumentAsync();
        Assert.Contains("Unpaid work: 100 hours", answers.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Sentence?handler=Confirm", FormFields(answers, "main form"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await InScopeAsync(async db =>
        {
            var report = await db.PreSentenceReports.AsNoTracking().SingleAsync(r => r.Id == reportId);
            var order = await db.Orders.AsNoTracking().Include(o => o.Requirements).SingleAsync(o => o.Id == report.OrderId);
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == report.PersonId);
            return (report, order, person);
        });
        Assert.Equal(PsrStatus.Sentenced, stored.report.Status);
        Assert.Equal(Concordance.MoreSevere, stored.report.Concordance);
        Assert.Equal(25, stored.order.Rar!.MaximumDays);
        Assert.Equal(100, stored.order.UnpaidWork!.HoursOrdered);
        Assert.Equal(new DateOnly(2026, 3, 12), stored.order.ExpectedEndDate);
        Assert.Equal(AllocationStatus.AwaitingAllocation, stored.person.AllocationStatus);
        Assert.Equal(team.Id, stored.person.TeamId);
        var reportPage = await client.GetDocumentAsync($"/Court/Reports/{reportId}");
        Assert.Equal("Awaiting allocation – Exeter North", reportPage.QuerySelector("#allocation")!.TextContent.Trim());
        Assert.Equal(["RAR: 25 days", "Unpaid work: 100 hours"], reportPage.QuerySelectorAll("#order-requirements li").Select(li => li.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task RecordSentence_WithoutTeamForCommunityOrder_Returns400()
    {
        var (reportId, _) = await SeedReportAsync(r => r.ChecksReturned().Delivered(), propose: true);
        var client = await SignedInClientAsync(CourtEmail);
        var form = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Sentence");

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Sentence", FormFields(form, "main form"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the team whose allocation queue the case goes to", (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task Proposal_FineWithRequirementFieldsFilledIn_IgnoresThemAndProposesNone()
    {
        var (reportId, activity) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");
        // Without JavaScript every requirement field shows; a fine takes none, so what was typed there is ignored.
        var fields = ProposalFields("20", ("Input.ActivityIds", activity.Id.ToString()));
        fields["Input.Sentence"] = "Fine";
        fields["Input.UnpaidWorkHours"] = "not a number";
        fields["Input.OtherRequirements"] = "Curfew";

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = await InScopeAsync(db => db.PreSentenceReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => r.Proposal).SingleAsync());
        Assert.NotNull(proposal);
        Assert.Equal(SentenceKind.Fine, proposal.Sentence);
        Assert.Null(proposal.LengthInMonths);
        Assert.Empty(proposal.Requirements);
    }

    [Fact]
    public async Task Proposal_Page_RequirementFieldsInAConditionalRevealForSupervisionSentencesOnly()
    {
        var (reportId, _) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");

        var reveal = page.QuerySelector("#conditional-requirements")!;
        Assert.Contains("govuk-radios__conditional", reveal.ClassList);
        Assert.DoesNotContain("govuk-radios__conditional--hidden", reveal.ClassList);
        Assert.Equal("CommunityOrder SuspendedSentenceOrder", reveal.GetAttribute("data-reveal-for"));
        Assert.NotNull(reveal.QuerySelector("input[name='Input.RarDays']"));
        Assert.NotNull(reveal.QuerySelector("input[name='Input.LengthInMonths']"));
        Assert.Null(reveal.QuerySelector("input[name='Input.Sentence']"));
    }

    [Fact]
    public async Task Proposal_RarAbove60Days_WarningShownOnTheProposalPage()
    {
        var (reportId, activity) = await SeedReportAsync(r => r);
        var client = await SignedInClientAsync(CourtEmail);
        var page = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Proposal", FormFields(page, "main form", ProposalFields("61", ("Input.ActivityIds", activity.Id.ToString()))));

        Assert.Equal($"/Court/Reports/{reportId}/Proposal", response.Headers.Location!.OriginalString);
        var proposal = await client.GetDocumentAsync($"/Court/Reports/{reportId}/Proposal");
        Assert.Contains("61 RAR days is more than the 60 days", proposal.QuerySelector(".app-rar-warning")!.TextContent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NewReportFields(Dictionary<string, string> person)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "FastDelivery",
            ["Input.CourtName"] = CourtName,
            ["Input.HearingDate.Day"] = "10",
            ["Input.HearingDate.Month"] = "3",
            ["Input.HearingDate.Year"] = "2025",
            ["Input.Offences[0].Description"] = "Theft from a shop",
            ["Input.Offences[0].Date.Day"] = "2",
            ["Input.Offences[0].Date.Month"] = "1",
            ["Input.Offences[0].Date.Year"] = "2025",
        };
        foreach (var (key, value) in person) fields[key] = value;
        return fields;
    }

    private static Dictionary<string, string> NameSearch(string first, string last, DateOnly born) => new()
    {
        ["Input.FindBy"] = "NameAndDateOfBirth",
        ["Input.FirstName"] = first,
        ["Input.LastName"] = last,
        ["Input.DateOfBirth.Day"] = born.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DateOfBirth.Month"] = born.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DateOfBirth.Year"] = born.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> ProposalFields(string rarDays, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Sentence"] = "CommunityOrder",
            ["Input.LengthInMonths"] = "12",
            ["Input.RarDays"] = rarDays,
            ["Input.Rationale"] = "Thinking skills work addresses the offending.",
        };
        foreach (var (key, value) in extra) fields[key] = value;
        return fields;
    }

    private Task<PsrStatus> StatusAsync(Guid reportId) =>
        InScopeAsync(db => db.PreSentenceReports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync());

    private async Task<(Guid ReportId, Domain.Interventions.Intervention Activity)> SeedReportAsync(
        Func<PreSentenceReport, PreSentenceReport> stage, Domain.Interventions.Intervention? otherActivity = null, bool propose = false, PsrType type = PsrType.StandardDelivery, object[]? extra = null)
    {
        var person = Person("E500001", "Pat", "Proposal");
        var activity = Activity();
        var report = Report(person.Id, type);
        if (propose) report.Proposed(activity);
        stage(report);
        await InScopeAsync(async db =>
        {
            db.AddRange(person, activity, report);
            if (otherActivity is not null) db.Add(otherActivity);
            if (extra is not null) db.AddRange(extra);
            await db.SaveChangesAsync();
        });
        return (report.Id, activity);
    }
}
