using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Rar;

public sealed class RarLedgerPageTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Rar_ThreeActivitiesOnOneDate_CountAsOneDayListedTogether()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "C100001"));
        var day = RoCase.Today.AddDays(-5);
        foreach (var hour in new[] { 9, 12, 15 })
        {
            await InScopeAsync(db => ro.AddContactAsync(db, ContactType.RarActivity, LondonClock.ToUtc(day, new TimeOnly(hour, 0)), ContactOutcome.AttendedComplied));
        }

        await InScopeAsync(db => ro.AddContactAsync(db, ContactType.RarAppointment, LondonClock.ToUtc(day.AddDays(1), new TimeOnly(10, 0)), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Rar");

        Assert.Equal("1", page.QuerySelector("#rar-delivered")!.TextContent.Trim());
        Assert.Equal("19", page.QuerySelector("#rar-remaining")!.TextContent.Trim());
        var row = Assert.Single(page.QuerySelectorAll("#activity-days tbody tr"));
        Assert.Equal(3, row.QuerySelectorAll("li").Length);
        Assert.Single(page.QuerySelectorAll("#rar-appointments li"));
        Assert.Equal("No failures in the last 12 months", page.QuerySelector("#compliance-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnpaidWork_CreditSession_AddsMinutesThroughTheOrder()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "C100002", [RequirementTerms.UnpaidWork(100)]));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/UnpaidWork");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(Journey.DateFields("Credit.WorkedOn", RoCase.Today.AddDays(-1))) { ["Credit.Minutes"] = "420" }, "form[action*=Credit]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var minutes = await InScopeAsync(db => db.Orders.Where(o => o.Id == ro.OrderId).SelectMany(o => o.Requirements).OfType<UnpaidWorkRequirement>().SelectMany(r => r.Sessions).SumAsync(s => s.MinutesCredited));
        Assert.Equal(420, minutes);
    }

    [Fact]
    public async Task UnpaidWork_EducationTrainingEmploymentOverTwentyPercent_IsRefusedWith400()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "C100003", [RequirementTerms.UnpaidWork(100)]));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/UnpaidWork");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(Journey.DateFields("Credit.WorkedOn", RoCase.Today.AddDays(-1)))
        {
            ["Credit.Minutes"] = "1500",
            ["Credit.IsEducationTrainingOrEmployment"] = "true",
        }, "form[action*=Credit]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).ErrorSummaryMessages();
        Assert.Contains("20%", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programme_RecordSessionWhileAwaitingStart_IsRefusedByTheDomain()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "C100004", [RequirementTerms.AccreditedProgramme("Thinking Skills Programme", 19)]));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Programme");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(), "form[action*=Session]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Programme sessions can only be recorded while the programme is in progress.",
            (await response.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programme_MoveToInProgressThenRecordSession_CountsTheSession()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "C100005", [RequirementTerms.AccreditedProgramme("Thinking Skills Programme", 19)]));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var url = $"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Programme";
        var moved = await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["Move.Status"] = "InProgress" }, "form[action*=Move]");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>(), "form[action*=Session]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(url);
        Assert.Equal("1 of 19", page.QuerySelector("#sessions-attended")!.TextContent.Trim());
    }
}
