using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Contacts;

public sealed class RecordOutcomeTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Outcome_AttendedForAContactStillToCome_IsRefusedAndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100001"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(2)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AttendedComplied" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot record attendance or absence for a contact that has not happened yet."], errorPage.ErrorSummaryMessages());
        Assert.Null(await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task Outcome_TimeLaterToday_IsRefusedAsNotYetHappened()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100002"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddMinutes(30)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Outcome"] = "UnacceptableAbsence" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot record attendance or absence for a contact that has not happened yet."], errorPage.ErrorSummaryMessages());
    }

    [Fact]
    public async Task Outcome_AcceptableAbsenceWithoutRationale_IsRefusedAndNothingSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100003"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "AcceptableAbsence" });
        Assert.Equal("Why was the absence acceptable?", page.Heading());

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.AbsenceReason"] = "Medical", ["Input.AbsenceRationale"] = " ", ["Input.EvidenceSeen"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter why the absence is acceptable."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_AbsenceRationale", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null(await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task Outcome_UnacceptableAbsenceWithWarning_RecordsFailureAndWarningWithItsContent()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100004"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var page = await UnacceptableAbsenceToActionAsync(client, ro, contactId);
        (_, page) = await client.PostAsync(page, new() { ["Input.Response"] = "Warning" });
        var draft = page.QuerySelector("#Input_WarningContent")!.TextContent.Trim();
        Assert.Contains("This failure is unacceptable", draft, StringComparison.Ordinal);
        Assert.Contains("within 12 months", draft, StringComparison.Ordinal);
        (_, page) = await client.PostAsync(page, new() { ["Input.WarningContent"] = draft + " Edited by the RO." });
        Assert.Equal("Check your answers before recording the outcome", page.Heading());
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var order = await InScopeAsync(db => db.Orders.Include(o => o.Failures).Include(o => o.Warnings).SingleAsync(o => o.Id == ro.OrderId));
        var failure = Assert.Single(order.Failures);
        Assert.Equal(contactId, failure.ContactId);
        var warning = Assert.Single(order.Warnings);
        Assert.Equal(failure.Id, warning.FailureId);
        Assert.EndsWith("Edited by the RO.", warning.Content, StringComparison.Ordinal);
        Assert.Equal(ComplianceLevel.OneFailure, order.ComplianceOn(RoCase.Today).Level);
    }

    [Fact]
    public async Task Outcome_FailureWithinTwelveMonthsOfAWarning_BreachReferralCreatesPendingDecision()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100005"));
        var earlier = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-20), ContactOutcome.UnacceptableAbsence));
        await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == ro.OrderId);
            var contact = await db.Contacts.SingleAsync(c => c.Id == earlier);
            var failure = order.RecordUnacceptableFailure(contact, ro.StaffId, DateTimeOffset.UtcNow);
            order.GiveWarning(failure.Id, ro.StaffId, RoCase.Today.AddDays(-19), "Warned.", RoCase.Today);
            await db.SaveChangesAsync(CancellationToken.None);
        });
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await SignedInClientAsync(RoCase.RoEmail);

        var page = await UnacceptableAbsenceToActionAsync(client, ro, contactId);
        Assert.Null(page.QuerySelector("input[value=Warning]"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Response"] = "Breach" });
        Assert.Equal("Why should the order be breached?", page.Heading());
        (_, page) = await client.PostAsync(page, new() { ["Input.Rationale"] = "Second unacceptable absence within 12 months of a warning." });
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = await InScopeAsync(db => db.Orders.Where(o => o.Id == ro.OrderId).SelectMany(o => o.Decisions).SingleAsync());
        Assert.Equal(EnforcementDecisionKind.Breach, decision.Kind);
        Assert.Equal(EnforcementDecisionStatus.PendingApproval, decision.Status);
        Assert.Equal(ro.StaffId, decision.ReferredBy);
    }

    [Fact]
    public async Task Outcome_RecordedByTwoOfficersAtOnce_SecondGetsConflictPageAndFirstIsKept()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "B100006"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.OfficeAppointment, DateTimeOffset.UtcNow.AddDays(-1)));
        var first = await SignedInClientAsync(RoCase.RoEmail);
        var second = await SignedInClientAsync(RoCase.RoEmail);
        var firstCheck = await ToCheckAsync(first, ro, contactId, "AttendedComplied");
        var secondCheck = await ToCheckAsync(second, ro, contactId, "Rescheduled");

        var firstResponse = await first.SubmitFormAsync(firstCheck, new Dictionary<string, string>());
        var secondResponse = await second.SubmitFormAsync(secondCheck, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        await secondResponse.AssertConflictAsync(ro.Url($"Contacts/{contactId}/Outcome"));
        Assert.Equal(ContactOutcome.AttendedComplied, await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Outcome).SingleAsync()));
    }

    private static async Task<IDocument> ToCheckAsync(HttpClient client, RoCase ro, Guid contactId, string outcome)
    {
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = outcome });
        Assert.Equal("Check your answers before recording the outcome", page.Heading());
        return page;
    }

    private static async Task<IDocument> UnacceptableAbsenceToActionAsync(HttpClient client, RoCase ro, Guid contactId)
    {
        var page = await client.GetDocumentAsync(ro.Url($"Contacts/{contactId}/Outcome"));
        (_, page) = await client.PostAsync(page, new() { ["Input.Outcome"] = "UnacceptableAbsence" });
        Assert.Equal("Did the person have a reasonable excuse?", page.Heading());
        (_, page) = await client.PostAsync(page, new() { ["Input.ReasonableExcuse"] = "false" });
        Assert.Equal("What will you do about the failure?", page.Heading());
        return page;
    }
}
