using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

/// <summary>Outcome notes and the single-contact page with its history of corrections [issue 14; DOMAIN.md §3, §12].</summary>
public sealed class ContactPageTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Outcome_WithNotes_ShowsThemOnCheckAnswersSavesThemAndTheContactPageShowsThem()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "K100001"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));

        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied", ["Input.Notes"] = "Talked through the job search." });
        Assert.Equal("Check your answers before recording the outcome", page.Heading());
        Assert.Contains(page.QuerySelectorAll(".govuk-summary-list__row"), row => row.TextContent.Contains("Notes", StringComparison.Ordinal)
            && row.TextContent.Contains("Talked through the job search.", StringComparison.Ordinal));
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Talked through the job search.", await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.OutcomeNotes).SingleAsync()));
        var contactPage = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}"));
        Assert.Equal("Talked through the job search.", contactPage.QuerySelector("#contact-outcome-notes")!.TextContent.Trim());
        Assert.Equal(UiDefaults.Of(ContactOutcome.AttendedComplied), contactPage.QuerySelector("#contact-outcome .govuk-tag")!.TextContent.Trim());
        Assert.StartsWith("By Riya", contactPage.QuerySelector("#contact-outcome-recorded")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_NotesLongerThanTheColumn_ShowsGovUkErrorAnd400AndSavesNothing()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "K100002"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied", ["Input.Notes"] = new string('a', 8001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(errorPage.ErrorSummaryMessages());
        Assert.Null(await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task ContactPage_AfterACorrectionAndAChangeOfType_ShowsBothInItsHistory()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "K100003"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var correct = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Correct"));
        var corrected = await client.SubmitFormAsync(correct, new Dictionary<string, string> { ["Input.Outcome"] = "AttendedComplied", ["Input.Reason"] = "Recorded against the wrong person" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var reclassify = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Reclassify"));
        var reclassified = await client.SubmitFormAsync(reclassify, new Dictionary<string, string> { ["Input.Type"] = "HomeVisit" });
        Assert.Equal(HttpStatusCode.Redirect, reclassified.StatusCode);

        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}"));

        var history = page.QuerySelectorAll("#history .history-entry").Select(entry => entry.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, text => text.Contains($"Outcome corrected from {UiDefaults.Of(ContactOutcome.UnacceptableAbsence)}", StringComparison.Ordinal)
            && text.Contains($"to {UiDefaults.Of(ContactOutcome.AttendedComplied)}", StringComparison.Ordinal)
            && text.Contains("Recorded against the wrong person", StringComparison.Ordinal));
        Assert.Contains(history, text => text.Contains($"Type changed from {UiDefaults.Of(ContactType.OfficeAppointment)} to {UiDefaults.Of(ContactType.HomeVisit)}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActivityLog_EachContact_LinksToItsPage()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "K100004"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2)));
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var page = await client.GetDocumentAsync(ro.Url("Activity"));

        Assert.Equal(ro.Url($"Contacts/{contactId}"), page.QuerySelector($"tr[data-contact='{contactId}'] a.contact-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ContactPage_ContactOfAnotherPerson_Is404()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "K100005"));
        var other = await InScopeAsync(db => RoCase.CreateAsync(db, "K100006"));
        var contactId = await InScopeAsync(db => other.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2)));
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var response = await client.GetAsync(new Uri(ro.Url($"Contacts/{contactId}"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
