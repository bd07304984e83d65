using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Lifecycle;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Officer;

/// <summary>My diary [issue 14]: the officer's own cases' contacts today and this week, outcomes to record flagged.</summary>
public sealed class DiaryTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static async Task<Guid> ContactAtAsync(ProbationCaseDbContext db, Guid orderId, Guid staffId, DateTimeOffset startsAt)
    {
        var order = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == orderId);
        var contact = order.ArrangeContact(new ContactArrangement(ContactType.OfficeAppointment, startsAt, true, ContactDeliverer.ResponsibleOfficer, staffId, Location: "Room 4"), startsAt.AddDays(-7));
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    [Fact]
    public async Task Diary_Today_ShowsTheOfficersContactsTodayWithOutcomesToRecordFlaggedAndLinks()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "D100001"));
        var now = DateTimeOffset.UtcNow;
        var day = CaseloadDay.At(now);
        // One that has passed without an outcome (unless the test runs in the first minutes of the London day), one later today.
        var passed = LondonClock.DateOf(now.AddMinutes(-5)) == day.Today ? await InScopeAsync(db => ContactAtAsync(db, lifecycle.OrderId, lifecycle.StaffId, now.AddMinutes(-5))) : (Guid?)null;
        var tomorrow = await InScopeAsync(db => ContactAtAsync(db, lifecycle.OrderId, lifecycle.StaffId, LondonClock.ToUtc(day.Today.AddDays(1), new TimeOnly(10, 0))));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);

        var page = await client.GetDocumentAsync("/Officer/Diary");

        var rows = page.QuerySelectorAll("#diary tbody tr").Select(row => Guid.Parse(row.GetAttribute("data-contact")!)).ToList();
        Assert.DoesNotContain(tomorrow, rows);
        if (passed is { } passedId)
        {
            Assert.Contains(passedId, rows);
            var row = page.QuerySelector($"tr[data-contact='{passedId}']")!;
            Assert.NotNull(row.QuerySelector(".outcome-to-record"));
            Assert.Equal($"/Cases/{lifecycle.PersonId}/Contacts/{passedId}", row.QuerySelector("a.contact-link")!.GetAttribute("href"));
            Assert.Equal($"/Cases/{lifecycle.PersonId}", row.QuerySelector($"a[href='/Cases/{lifecycle.PersonId}']")!.GetAttribute("href"));
            Assert.Equal("1", page.QuerySelector("#diary-counts .to-record")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Diary_ThisWeek_ShowsMondayToSundayAndNotAnotherOfficersCase()
    {
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "D100002"));
        var other = await InScopeAsync(db => Contacts.RoCase.CreateAsync(db, "D100003"));
        // RoCase linked the sign-in to its own officer; link it back to the lifecycle case's officer.
        await InScopeAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == LifecycleCase.RoEmail)).StaffId = lifecycle.StaffId;
            await db.SaveChangesAsync();
        });
        var day = CaseloadDay.At(DateTimeOffset.UtcNow);
        var sunday = await InScopeAsync(db => ContactAtAsync(db, lifecycle.OrderId, lifecycle.StaffId, LondonClock.ToUtc(day.Sunday, new TimeOnly(16, 0))));
        var nextMonday = await InScopeAsync(db => ContactAtAsync(db, lifecycle.OrderId, lifecycle.StaffId, LondonClock.ToUtc(day.Sunday.AddDays(1), new TimeOnly(9, 0))));
        var notMine = await InScopeAsync(db => other.AddContactAsync(db, ContactType.OfficeAppointment, LondonClock.ToUtc(day.Sunday, new TimeOnly(11, 0))));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);

        var page = await client.GetDocumentAsync("/Officer/Diary?Show=week");

        var rows = page.QuerySelectorAll("#diary tbody tr").Select(row => Guid.Parse(row.GetAttribute("data-contact")!)).ToList();
        Assert.Contains(sunday, rows);
        Assert.DoesNotContain(nextMonday, rows);
        Assert.DoesNotContain(notMine, rows);
        Assert.Contains(UiDefaults.DateWithDay(day.Monday), page.QuerySelector("#diary-period")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diary_CourtLiaison_IsForbidden()
    {
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri("/Officer/Diary", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficerHome_LinksToTheDiary()
    {
        await InScopeAsync(db => LifecycleCase.CreateAsync(db, "D100004"));
        var client = await SignedInClientAsync(LifecycleCase.RoEmail);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal("/Officer/Diary", page.QuerySelector("#diary-link")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), link => link.GetAttribute("href") == "/Officer/Diary");
    }
}
