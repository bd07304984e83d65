using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Plan;

public sealed class SentencePlanPageTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Plan_FirstFaceToFaceLongAgoAndNotSignedOff_ShowsDueDateFromBusinessDaysAndOverdue()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100001"));
        var met = RoCase.Today.AddDays(-40);
        await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, LondonClock.ToUtc(met, new TimeOnly(10, 0)), ContactOutcome.AttendedComplied));
        var holidays = await InScopeAsync(db => db.BankHolidays.Select(b => b.Date).ToListAsync());
        var expected = new CaseDeadlines(new BusinessCalendar(holidays), TimelinessPolicy.Default).SentencePlanDue(met);
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan");

        Assert.Equal(UiDefaults.Date(expected), page.QuerySelector("#plan-due")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#plan-overdue"));
    }

    [Fact]
    public async Task Objective_PlannedRarDaysOverTheMaximum_IsRefusedAndNotSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100002"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        await StartPlanAsync(client, ro);
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Objective");

        var (response, errorPage) = await client.PostAsync(page, new()
        {
            ["Input.Description"] = "Build better ways of dealing with conflict",
            ["Input.Need"] = "ThinkingAndBehaviour",
            ["Input.Risk"] = "None",
            ["Input.Activity"] = "One-to-one sessions",
            ["Input.DeliveredBy"] = "Responsible officer",
            ["Input.RequirementId"] = ro.RarId.ToString()!,
            ["Input.PlannedRarDays"] = "25",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The plan would use 25 RAR days but the court ordered a maximum of 20."], errorPage.ErrorSummaryMessages());
        Assert.Equal(0, await InScopeAsync(db => db.Set<PlanObjective>().CountAsync()));
    }

    [Fact]
    public async Task SignOff_DomesticAbuseFlagWithoutKeepingOthersSafeObjective_IsRefused()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100003", risk: TestCase.MediumRiskWithDomesticAbuse));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        await StartPlanAsync(client, ro);
        var objective = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Objective");
        var (added, _) = await client.PostAsync(objective, new()
        {
            ["Input.Description"] = "Find settled accommodation",
            ["Input.Need"] = "Accommodation",
            ["Input.Activity"] = "Referral to housing support",
            ["Input.DeliveredBy"] = "Housing provider",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var views = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Views");
        var (saved, _) = await client.PostAsync(views, new() { ["Input.Views"] = "Wants a place of their own.", ["Input.Involved"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan");

        var response = await client.SubmitFormAsync(plan, new Dictionary<string, string>(), "form[action*=SignOff]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Add an objective on keeping others safe.", (await response.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await InScopeAsync(db => db.SentencePlans.Select(p => p.SignedOffAt).SingleAsync()));
    }

    [Fact]
    public async Task SignOff_WithObjectiveAndViews_SignsOffAndFlagsNoFaceToFaceYet()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100004", [RequirementTerms.Rar(20)]));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        await StartPlanAsync(client, ro);
        var objective = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Objective");
        await client.PostAsync(objective, new()
        {
            ["Input.Description"] = "Reduce drinking",
            ["Input.Need"] = "Alcohol",
            ["Input.Activity"] = "RAR sessions",
            ["Input.DeliveredBy"] = "Responsible officer",
            ["Input.RequirementId"] = ro.RarId.ToString()!,
            ["Input.PlannedRarDays"] = "10",
        });
        await client.PostAsync(await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Views"), new() { ["Input.Views"] = "Agrees.", ["Input.Involved"] = "true" });

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan"), new Dictionary<string, string>(), "form[action*=SignOff]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await InScopeAsync(db => db.SentencePlans.SingleAsync());
        Assert.NotNull(plan.SignedOffAt);
        Assert.True(plan.SignedOffBeforeFaceToFace);
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan");
        Assert.NotNull(page.QuerySelector("#review-due"));
    }

    private static async Task StartPlanAsync(HttpClient client, RoCase ro)
    {
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan");
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(), "form[action*=Start]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
