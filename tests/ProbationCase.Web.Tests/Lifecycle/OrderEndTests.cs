using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Lifecycle;

/// <summary>[DOMAIN.md §9a] the order's end and extension through the pages.</summary>
public sealed class OrderEndTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task End_RevokedForGoodProgress_EndsOrderAndRequirementsWithTheRarDaysKept()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L300001"));
        await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-20), ContactType.RarActivity, ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var page = await client.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/End"));

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(Journey.DateFields("Input.EndedOn", LifecycleCase.Today)) { ["Input.Reason"] = "RevokedEarlyForGoodProgress" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var order = await InScopeAsync(db => db.Orders.AsNoTracking().Include(o => o.Requirements).SingleAsync(o => o.Id == lifecycle.OrderId));
        Assert.Equal((LifecycleCase.Today, TerminationReason.RevokedEarlyForGoodProgress), (order.ActualEndDate!.Value, order.TerminationReason!.Value));
        Assert.Equal((RequirementStatus.Terminated, 1, "Revoked early for good progress"), (order.Rar!.Status, order.Rar.DaysDeliveredAtEnd!.Value, order.Rar.ShortfallReason));
        var shown = await client.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/End"));
        Assert.Contains("revoked early for good progress", shown.QuerySelector("#order-ended")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_RanItsCourseBeforeTheExpectedEnd_Returns400AndNothingSaved()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L300002"));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var page = await client.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/End"));

        var (response, errorPage) = await client.PostAsync(page, new(Journey.DateFields("Input.EndedOn", LifecycleCase.Today)) { ["Input.Reason"] = "Completed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var expectedEnd = LifecycleCase.Today.AddMonths(-LifecycleCase.MonthsAgo).AddMonths(24);
        Assert.Equal([$"An order that runs its course ends on its expected end date, {UiDefaults.Date(expectedEnd)}."], errorPage.ErrorSummaryMessages());
        Assert.Null(await InScopeAsync(db => db.Orders.Where(o => o.Id == lifecycle.OrderId).Select(o => o.ActualEndDate).SingleAsync()));
    }

    [Fact]
    public async Task End_RanItsCourseWithRarShortfallAndNoReason_Returns400OnTheReason()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L300003", monthsAgo: 25));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var page = await client.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/End"));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Reason"] = "Completed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Only 0 of 20 RAR days were delivered. Enter why the remaining days were not needed."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_ShortfallReason", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Extend_ByTheCourt_MovesTheEndDateAndRecordsTheExtension()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L300004"));
        var newEnd = LifecycleCase.Today.AddMonths(-LifecycleCase.MonthsAgo).AddMonths(30);
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var page = await client.GetDocumentAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Extend"));

        var response = await client.SubmitFormAsync(page, Journey.DateFields("Input.NewEndDate", newEnd));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var order = await InScopeAsync(db => db.Orders.AsNoTracking().Include(o => o.Extensions).SingleAsync(o => o.Id == lifecycle.OrderId));
        Assert.Equal((newEnd, newEnd), (order.EndDate, Assert.Single(order.Extensions).NewEndDate));
    }

    [Fact]
    public async Task BookContact_RarActivityAfterTheExpectedEnd_IsRefused()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "L300005", monthsAgo: 25));
        var expectedEnd = LifecycleCase.Today.AddMonths(-25).AddMonths(24);
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);
        var page = await client.GetDocumentAsync(lifecycle.Url("Contacts/Book?record=true"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "RarActivity", ["Input.RequirementId"] = lifecycle.RarId.ToString(), ["Input.IsFaceToFace"] = "true" });

        var (response, errorPage) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", expectedEnd.AddDays(1))) { ["Input.Time"] = "10:00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"A RAR activity on {UiDefaults.Date(expectedEnd.AddDays(1))} is after the order's end on {UiDefaults.Date(expectedEnd)}. Nothing can be recorded against an order after it ends."], errorPage.ErrorSummaryMessages());
    }
}
