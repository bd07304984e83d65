using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

/// <summary>
/// Booking with an end time, a place and a repeat [issue 14]: clashes with the person's other contacts (an unpaid work
/// session, [seed 004 (Diana)]) are shown before saving; all the appointments are saved at once; bad answers are a
/// GOV.UK error and a 400 with nothing saved.
/// </summary>
public sealed class RepeatBookingTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static async Task<IDocument> ToRepeatStepAsync(HttpClient client, RoCase ro, DateOnly day, string start = "10:00", string end = "11:00")
    {
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", day)) { ["Input.Time"] = start, ["Input.EndTime"] = end });
        (_, page) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = "Leeds office" });
        Assert.Equal("Does the appointment repeat?", page.QuerySelector("h1")!.TextContent.Trim());
        return page;
    }

    [Fact]
    public async Task Book_WeeklyFourTimesWithAnUnpaidWorkSessionInTheSecondWeek_ShowsTheClashThenSavesAllFour()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100001", [RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(100)]));
        var first = RoCase.Today.AddDays(7);
        await InScopeAsync(db => ro.AddContactAsync(db, ContactType.UnpaidWorkSession, LondonClock.ToUtc(first.AddDays(7), new TimeOnly(10, 30))));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await ToRepeatStepAsync(client, ro, first);

        (_, page) = await client.PostAsync(page, new() { ["Input.Repeat"] = "Weekly", ["Input.Times"] = "4" });
        (_, page) = await client.PostAsync(page, new() { ["Input.Notes"] = "Weekly reporting" });

        Assert.Equal("Check your answers before booking the appointment", page.Heading());
        Assert.Equal(4, page.QuerySelectorAll("#appointments li").Length);
        Assert.NotNull(page.QuerySelector("#clash-warning"));
        var clash = Assert.Single(page.QuerySelectorAll("#appointments .clash"));
        Assert.Contains(UiDefaults.Of(ContactType.UnpaidWorkSession), clash.TextContent, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.DateWithDay(first.AddDays(7)), clash.ParentElement!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var booked = await InScopeAsync(db => db.Contacts.Where(c => c.Type == ContactType.OfficeAppointment).OrderBy(c => c.StartsAt).ToListAsync());
        Assert.Equal(Enumerable.Range(0, 4).Select(week => LondonClock.ToUtc(first.AddDays(7 * week), new TimeOnly(10, 0))), booked.Select(c => c.StartsAt));
        Assert.All(booked, c => Assert.Equal(c.StartsAt.AddHours(1), c.EndsAt));
        Assert.All(booked, c => Assert.Equal("Leeds office", c.Location));
    }

    [Theory]
    [InlineData("13")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("-2")]
    public async Task Book_RepeatCountOutOfRange_ShowsGovUkErrorAnd400AndSavesNothing(string times)
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100002"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await ToRepeatStepAsync(client, ro, RoCase.Today.AddDays(7));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Repeat"] = "Fortnightly", ["Input.Times"] = times });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"The number of appointments must be between 2 and {AppointmentSchedule.MaximumOccurrences}."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_Times", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Book_RepeatCountNotANumber_ShowsGovUkErrorAnd400()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100003"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await ToRepeatStepAsync(client, ro, RoCase.Today.AddDays(7));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Repeat"] = "Weekly", ["Input.Times"] = "six" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(errorPage.ErrorSummaryMessages());
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Book_RepeatCountAtTheConfirmStepTampered_IsRefusedAndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100004"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await ToRepeatStepAsync(client, ro, RoCase.Today.AddDays(7));
        (_, page) = await client.PostAsync(page, new() { ["Input.Repeat"] = "Weekly", ["Input.Times"] = "3" });
        (_, page) = await client.PostAsync(page, new());

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Times"] = "40" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Theory]
    [InlineData("11:00", "10:30")]
    [InlineData("11:00", "11:00")]
    public async Task Book_EndNotAfterStart_ShowsGovUkErrorOnTheEndTimeAnd400(string start, string end)
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100005"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });

        var (response, errorPage) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = start, ["Input.EndTime"] = end });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The end time must be after the start time, on the same day."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_EndTime", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Book_NoEndTime_ShowsGovUkErrorAnd400()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100006"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });

        var (response, errorPage) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = "10:00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the time the appointment ends"], errorPage.ErrorSummaryMessages());
    }

    [Fact]
    public async Task Book_PlaceLongerThanTheColumn_ShowsGovUkErrorAnd400AndSavesNothing()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100007"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = "10:00", ["Input.EndTime"] = "11:00" });

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = new string('a', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The place must be 200 characters or fewer"], errorPage.ErrorSummaryMessages());
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Book_AnotherPlaceLeftEmpty_ShowsGovUkErrorAnd400()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "R100008"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = "10:00", ["Input.EndTime"] = "11:00" });

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the place"], errorPage.ErrorSummaryMessages());
    }
}
