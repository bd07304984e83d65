using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Persistence;

/// <summary>The London date of a contact worked out by PostgreSQL agrees with <see cref="LondonClock.DateOf"/>.</summary>
public sealed class LondonDateTranslationTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task DateOf_InSqlAroundMidnightInSummerAndWinter_MatchesLondonClock()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "F100001"));
        DateTimeOffset[] instants =
        [
            new(2025, 7, 1, 23, 30, 0, TimeSpan.Zero), // 00:30 on 2 July in London (BST)
            new(2025, 7, 1, 22, 59, 0, TimeSpan.Zero), // 23:59 on 1 July in London
            new(2025, 1, 15, 23, 30, 0, TimeSpan.Zero), // 23:30 on 15 January (GMT)
            new(2025, 3, 30, 0, 30, 0, TimeSpan.Zero), // the night the clocks go forward
            new(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), // the night the clocks go back
        ];
        // The contacts fall within an order running through 2025 (a contact is within its order's life).
        var order = TestCase.CommunityOrder(ro.PersonId, Domain.Requirements.RequirementTerms.Rar(20));
        await InScopeAsync(async db =>
        {
            db.Orders.Add(order);
            foreach (var instant in instants)
            {
                db.Contacts.Add(order.ArrangeContact(
                    new ContactArrangement(ContactType.OfficeAppointment, instant, true, ContactDeliverer.ResponsibleOfficer, ro.StaffId),
                    instant.AddDays(-7)));
            }

            await db.SaveChangesAsync();
        });

        var dates = await InScopeAsync(db => db.Contacts.Where(c => c.PersonId == ro.PersonId)
            .Select(c => new { c.StartsAt, London = LondonClock.DateOf(c.StartsAt) })
            .ToListAsync());

        Assert.Equal(instants.Length, dates.Count);
        Assert.All(dates, row => Assert.Equal(LondonClock.DateOf(row.StartsAt), row.London));
        Assert.Contains(dates, row => row.London == new DateOnly(2025, 7, 2));
    }
}
