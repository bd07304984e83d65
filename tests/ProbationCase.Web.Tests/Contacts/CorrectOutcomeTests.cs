using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

public sealed class CorrectOutcomeTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Correct_FromTheActivityLogWithAReason_ChangesTheOutcomeAndKeepsTheEarlierOne()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100001"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var log = await client.GetDocumentAsync(ro.Url("Activity"));
        var link = log.QuerySelector($"tr[data-contact='{contactId}'] a.correct-outcome")!.GetAttribute("href")!;
        var page = await client.GetDocumentAsync(link);

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Outcome"] = "AttendedComplied",
            ["Input.Reason"] = "The reception sign-in sheet shows he attended.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contact = await InScopeAsync(db => db.Contacts.Include(c => c.Corrections).SingleAsync(c => c.Id == contactId));
        Assert.Equal(ContactOutcome.AttendedComplied, contact.Outcome);
        var correction = Assert.Single(contact.Corrections);
        Assert.Equal((ContactOutcome.UnacceptableAbsence, "The reception sign-in sheet shows he attended.", ro.StaffId), (correction.PreviousOutcome, correction.Reason, correction.CorrectedBy));
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Unacceptable absence", after.QuerySelector($"tr[data-contact='{contactId}'] .correction")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_WithoutAReason_Is400AndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100002"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Correct"));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied", ["Input.Reason"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter why the outcome is being corrected"], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_Reason", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        var contact = await InScopeAsync(db => db.Contacts.Include(c => c.Corrections).SingleAsync(c => c.Id == contactId));
        Assert.Equal(ContactOutcome.UnacceptableAbsence, contact.Outcome);
        Assert.Empty(contact.Corrections);
    }

    [Fact]
    public async Task Correct_ToAnAcceptableAbsenceWithoutRationale_IsRefusedByTheDomainAndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100003"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Correct"));

        var (response, errorPage) = await client.PostAsync(page, new()
        {
            ["Input.Outcome"] = "AcceptableAbsence",
            ["Input.AbsenceReason"] = "Medical",
            ["Input.EvidenceSeen"] = "true",
            ["Input.Reason"] = "GP letter arrived today.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter why the absence is acceptable."], errorPage.ErrorSummaryMessages());
        Assert.Empty(await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).SelectMany(c => c.Corrections).ToListAsync()));
    }

    [Fact]
    public async Task Correct_ChangedBySomeoneElseMeanwhile_ConflictPageAndTheirsKept()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100004"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var first = await SignedInClientAsync(RoCase.RoEmail);
        var second = await SignedInClientAsync(RoCase.RoEmail);
        var firstPage = await first.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Correct"));
        var secondPage = await second.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Correct"));

        var firstResponse = await first.SubmitFormAsync(firstPage, new Dictionary<string, string> { ["Input.Outcome"] = "AttendedComplied", ["Input.Reason"] = "Attended after all." });
        var secondResponse = await second.SubmitFormAsync(secondPage, new Dictionary<string, string> { ["Input.Outcome"] = "Rescheduled", ["Input.Reason"] = "It was moved." });

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        await secondResponse.AssertConflictAsync(ro.Url($"Contacts/{contactId}/Correct"));
        var contact = await InScopeAsync(db => db.Contacts.Include(c => c.Corrections).SingleAsync(c => c.Id == contactId));
        Assert.Equal(ContactOutcome.AttendedComplied, contact.Outcome);
        Assert.Single(contact.Corrections);
    }

    [Fact]
    public async Task Correct_CourtLiaisonOfficer_Is403AndSeesNoLinkOnTheLog()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "D100005"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-2), ContactOutcome.UnacceptableAbsence));
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri(ro.Url($"Contacts/{contactId}/Correct"), UriKind.Relative));
        var log = await client.GetDocumentAsync(ro.Url("Activity"));

        // The app's access-denied handling: a redirect to the GOV.UK 403 page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.NotNull(log.QuerySelector($"tr[data-contact='{contactId}']"));
        Assert.Null(log.QuerySelector("a.correct-outcome"));
        Assert.Null(log.QuerySelector("a.reclassify"));
    }
}
