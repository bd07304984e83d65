using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

public sealed class BookContactTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Book_CompleteJourney_SavesTheAppointmentInUtcAndConfirms()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100001"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var day = RoCase.Today.AddDays(7);

        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        Assert.Equal("What type of contact is it?", page.Heading());
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "RarAppointment", ["Input.RequirementId"] = ro.RarId.ToString()!, ["Input.IsFaceToFace"] = "true" });
        Assert.Equal("When is the appointment?", page.Heading());
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", day)) { ["Input.Time"] = "14:30", ["Input.EndTime"] = "15:15" });
        Assert.Equal("Where is the appointment?", page.QuerySelector("h1")!.TextContent.Trim());
        page = await client.ElsewhereNotRepeatingAsync(page);
        Assert.Equal("Add notes", page.QuerySelector("h1 label")!.TextContent.Trim());
        (_, page) = await client.PostAsync(page, new() { ["Input.Notes"] = "Induction" });
        Assert.Equal("Check your answers before booking the appointment", page.Heading());
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contact = await InScopeAsync(db => db.Contacts.SingleAsync());
        Assert.Equal(ContactType.RarAppointment, contact.Type);
        Assert.Equal(ro.RarId, contact.RequirementId);
        Assert.Equal(Domain.Calendar.LondonClock.ToUtc(day, new TimeOnly(14, 30)), contact.StartsAt);
        Assert.Equal(Domain.Calendar.LondonClock.ToUtc(day, new TimeOnly(15, 15)), contact.EndsAt);
        Assert.Equal("Leeds office, room 2", contact.Location);
        Assert.Equal(TimeSpan.Zero, contact.StartsAt.Offset);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.PathAndQuery());
        Assert.Equal("Appointment booked", confirmation.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Book_DateThatDoesNotExist_ShowsGovUkErrorAnd400AndSavesNothing()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100002"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Date.Day"] = "31", ["Input.Date.Month"] = "2", ["Input.Date.Year"] = "2027", ["Input.Time"] = "10:00", ["Input.EndTime"] = "11:00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date of the contact must be a real date"], errorPage.ErrorSummaryMessages());
        Assert.Equal("31", errorPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date_Day")!.Value);
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Record_RarActivityAfterTheOrderEnded_IsRefusedByTheDomainAndNothingSaved()
    {
        var ended = RoCase.Today.AddDays(-10);
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100003", terminatedOn: ended));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book?record=true"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "RarActivity", ["Input.RequirementId"] = ro.RarId.ToString()!, ["Input.IsFaceToFace"] = "true" });

        var (response, errorPage) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", ended.AddDays(3))) { ["Input.Time"] = "10:00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"A RAR activity on {UiDefaults.Date(ended.AddDays(3))} is after the order's end on {UiDefaults.Date(ended)}. Nothing can be recorded against an order after it ends."], errorPage.ErrorSummaryMessages());
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Record_AttendedOutcomeForATimeStillToCome_IsRefusedAndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100004"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var later = RoCase.Today.AddDays(1);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book?record=true"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "RarActivity", ["Input.RequirementId"] = ro.RarId.ToString()!, ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", later)) { ["Input.Time"] = "09:00" });
        (_, page) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = "Community centre" });
        (_, page) = await client.PostAsync(page, new());
        Assert.Equal("What was the outcome?", page.QuerySelector("h1")!.TextContent.Trim());

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot record attendance or absence for a contact that has not happened yet."], errorPage.ErrorSummaryMessages());
        Assert.Equal(0, await InScopeAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Record_RarActivityThatTookPlace_SavesItWithItsOutcome()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100005"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book?record=true"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "RarActivity", ["Input.RequirementId"] = ro.RarId.ToString()!, ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(-2))) { ["Input.Time"] = "11:00" });
        (_, page) = await client.PostAsync(page, new() { ["Input.LocationChoice"] = "elsewhere", ["Input.Location"] = "Community centre" });
        (_, page) = await client.PostAsync(page, new());
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied" });
        Assert.Equal("Check your answers before recording the contact", page.Heading());

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contact = await InScopeAsync(db => db.Contacts.SingleAsync());
        Assert.Equal(ContactOutcome.AttendedComplied, contact.Outcome);
        Assert.Equal(ro.StaffId, contact.OutcomeRecordedBy);
    }

    [Theory]
    [InlineData("Contacts/Book")]
    [InlineData("Contacts/{contact}/Outcome")]
    public async Task WritePages_CourtLiaison_AreForbidden(string path)
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "A100006"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri(ro.Url(path.Replace("{contact}", contactId.ToString(), StringComparison.Ordinal)), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
