using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>The bad inputs that used to give a 500: each now gets a GOV.UK error on its own page and a 400.</summary>
public sealed class InputLimitTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public void FieldLimits_ContactNotes_ReadFromTheEfModel()
    {
        Assert.Equal(8000, FieldLimits.Of<Contact>(nameof(Contact.Notes)));
        Assert.Equal(4000, FieldLimits.Of<Contact>(nameof(Contact.AbsenceRationale)));
    }

    [Theory]
    [InlineData("", "3", "Select whether it is an accredited programme or a RAR activity")]
    [InlineData("NoSuchType", "3", "Select whether it is an accredited programme or a RAR activity")]
    [InlineData("AccreditedProgramme", "three", "Sessions must be a whole number, like 12")]
    [InlineData("AccreditedProgramme", "99999999999", "Sessions must be a whole number, like 12")]
    public async Task NewIntervention_TypeOrSessionsNotUnderstood_FieldErrorAnd400(string type, string sessions, string message)
    {
        var client = await SignedInClientAsync("admin@probation.test");
        var page = await client.GetDocumentAsync("/Admin/Interventions/New");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Thinking skills",
            ["Input.Type"] = type,
            ["Input.Sessions"] = sessions,
            ["Input.Provider"] = "Probation",
            ["Input.Location"] = "Leeds",
            ["Input.Availability"] = "available",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.False(await InScopeAsync(db => db.Interventions.AnyAsync(i => i.Name == "Thinking skills")));
    }

    [Fact]
    public async Task BookContact_NotesLongerThanTheColumn_ErrorOnTheNotesAnd400()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "H100001"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = "14:30", ["Input.EndTime"] = "15:00" });
        page = await client.ElsewhereNotRepeatingAsync(page);

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Notes"] = new string('a', 8001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Notes must be 8,000 characters or fewer"], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_Notes", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.False(await InScopeAsync(db => db.Contacts.AnyAsync()));
    }

    [Fact]
    public async Task RecordOutcome_AbsenceRationaleLongerThanTheColumn_ErrorAnd400AndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "H100002"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AcceptableAbsence" });

        var (response, errorPage) = await client.PostAsync(page, new()
        {
            ["Input.AbsenceReason"] = "Medical",
            ["Input.AbsenceRationale"] = new string('a', 4001),
            ["Input.EvidenceSeen"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Why the absence is acceptable must be 4,000 characters or fewer"], errorPage.ErrorSummaryMessages());
        Assert.Null(await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task Search_NulByte_ControlCharacterErrorAnd400()
    {
        var client = await SignedInClientAsync("ro@probation.test");

        var response = await client.GetAsync(new Uri("/Search?Query=Smith%00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["CRN or name must not include hidden control characters – remove them and try again"], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task BookContact_NotesWithLineBreaksAndTabs_AreAccepted()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "H100003"));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url("Contacts/Book"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Type"] = "OfficeAppointment", ["Input.IsFaceToFace"] = "true" });
        (_, page) = await client.PostAsync(page, new(Journey.DateFields("Input.Date", RoCase.Today.AddDays(7))) { ["Input.Time"] = "14:30", ["Input.EndTime"] = "15:00" });
        page = await client.ElsewhereNotRepeatingAsync(page);

        var (response, _) = await client.PostAsync(page, new() { ["Input.Notes"] = "First line\r\n\tindented" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
