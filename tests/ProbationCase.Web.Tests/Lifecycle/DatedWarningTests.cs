using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Lifecycle;

/// <summary>
/// [statute: CJA 2003 Sch 8 para 6] a warning is dated the day it was given and the 12 months run from that date,
/// driven through the outcome journey's warning step.
/// </summary>
public sealed class DatedWarningTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task NewFailure_WarningDatedThirteenMonthsBefore_WarningRequiredNotBreach()
    {
        var newFailureOn = LifecycleCase.Today.AddDays(-1);
        var (client, lifecycle) = await WarnedAsync("L100001", newFailureOn.AddMonths(-13));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, newFailureOn));

        var action = await ToActionStepAsync(client, lifecycle, second);

        Assert.Contains("a warning is required", action.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(action.QuerySelector("input[value=Warning]"));
        Assert.Null(action.QuerySelector("input[value=Breach]"));
    }

    [Fact]
    public async Task NewFailure_WarningDatedElevenMonthsBefore_Breach()
    {
        var newFailureOn = LifecycleCase.Today.AddDays(-1);
        var (client, lifecycle) = await WarnedAsync("L100002", newFailureOn.AddMonths(-11));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, newFailureOn));

        var action = await ToActionStepAsync(client, lifecycle, second);

        Assert.Contains("the order must be breached", action.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(action.QuerySelector("input[value=Breach]"));
        Assert.Null(action.QuerySelector("input[value=Warning]"));
    }

    [Fact]
    public async Task WarningStep_DateInTheFuture_Returns400OnTheDateAndNothingSaved()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L100003"));
        var failure = await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-2)));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var warning = await ToWarningStepAsync(client, lifecycle, failure);

        var (response, page) = await client.PostAsync(warning, WarningAnswers(warning, LifecycleCase.Today.AddDays(1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The date the warning was given cannot be in the future."], page.ErrorSummaryMessages());
        Assert.StartsWith("#Input_WarningGivenOn", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(0, await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Warnings).CountAsync()));
    }

    [Fact]
    public async Task WarningStep_DatedTenDaysEarlier_KeepsTheDateGiven()
    {
        var givenOn = LifecycleCase.Today.AddDays(-10);
        var (_, lifecycle) = await WarnedAsync("L100004", givenOn);

        var warning = await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Warnings).SingleAsync());

        Assert.Equal(givenOn, warning.GivenOn);
    }

    /// <summary>A failure the day before <paramref name="givenOn"/> warned through the outcome journey, dated <paramref name="givenOn"/>.</summary>
    private async Task<(HttpClient Client, LifecycleCase Case)> WarnedAsync(string crn, DateOnly givenOn)
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, crn));
        var first = await InScopeAsync(db => lifecycle.AppointmentAsync(db, givenOn.AddDays(-1)));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var warning = await ToWarningStepAsync(client, lifecycle, first);
        var (_, check) = await client.PostAsync(warning, WarningAnswers(warning, givenOn));
        Assert.Equal("Check your answers before recording the outcome", check.Heading());
        var response = await client.SubmitFormAsync(check, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).SelectMany(o => o.Warnings).SingleAsync());
        Assert.Equal(givenOn, stored.GivenOn);
        return (client, lifecycle);
    }

    /// <summary>The warning step's answers: the date given, and the draft wording as the page offers it.</summary>
    private static Dictionary<string, string> WarningAnswers(IDocument warning, DateOnly givenOn) =>
        new(Journey.DateFields("Input.WarningGivenOn", givenOn)) { ["Input.WarningContent"] = warning.QuerySelector("#Input_WarningContent")!.TextContent.Trim() };

    private static async Task<IDocument> ToActionStepAsync(HttpClient client, LifecycleCase lifecycle, Guid contactId)
    {
        var page = await client.GetDocumentAsync(lifecycle.Url($"Contacts/{contactId}/Outcome"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "UnacceptableAbsence" });
        (_, page) = await client.PostAsync(page, new() { ["Input.ReasonableExcuse"] = "false" });
        Assert.Equal("What will you do about the failure?", page.Heading());
        return page;
    }

    private static async Task<IDocument> ToWarningStepAsync(HttpClient client, LifecycleCase lifecycle, Guid contactId)
    {
        var page = await ToActionStepAsync(client, lifecycle, contactId);
        (_, page) = await client.PostAsync(page, new() { ["Input.Response"] = "Warning" });
        Assert.Equal("The warning", page.Heading());
        return page;
    }
}
