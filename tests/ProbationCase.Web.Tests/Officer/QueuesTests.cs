using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Cases;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Officer;

public sealed class QueuesTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    private const string Ro = "ro@probation.test";

    [Fact]
    public async Task Queues_PastContactWithNoOutcome_IsListedWithALinkToRecordIt()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var other = await seed.OtherOfficerAsync();
        var mine = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var mineOrder = OrderSentenced(mine, 10);
        var theirs = AllocatedPerson(other, "A100002", "Ben", "Brown");
        var theirOrder = OrderSentenced(theirs, 10);
        var missing = Contact(mineOrder, me, At(2));
        await seed.SaveAsync(mine, mineOrder, theirs, theirOrder, missing, Contact(mineOrder, me, At(-2)), Contact(theirOrder, other, At(2)));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer/Queues");

        var rows = page.QuerySelectorAll("#outcomes tbody tr");
        Assert.Equal(mine.Id.ToString(), Assert.Single(rows).GetAttribute("data-person"));
        Assert.Contains($"/Cases/{mine.Id}/Activity?Filter.Outcome=not-recorded", rows[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Queues_FailureWithNoWarning_IsAnEnforcementDecisionDue()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 10);
        var missed = Contact(order, me, At(2), ContactOutcome.UnacceptableAbsence);
        var failure = order.RecordUnacceptableFailure(missed, me.Id, Now);
        await seed.SaveAsync(person, order, missed);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer/Queues");

        var row = Assert.Single(page.QuerySelectorAll("#enforcement tbody tr"));
        Assert.Equal(person.Id.ToString(), row.GetAttribute("data-person"));
        Assert.Equal(failure.OccurredOn, order.Failures.Single().OccurredOn);
    }

    [Fact]
    public async Task Queues_BreachReferredToSpo_IsAwaitingApprovalNotDue()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 30);
        var first = Contact(order, me, At(20), ContactOutcome.UnacceptableAbsence);
        var firstFailure = order.RecordUnacceptableFailure(first, me.Id, Now.AddDays(-20));
        order.GiveWarning(firstFailure.Id, me.Id, Today.AddDays(-19), "Missed appointment; a further failure within 12 months can mean a return to court.");
        var second = Contact(order, me, At(5), ContactOutcome.UnacceptableAbsence);
        var secondFailure = order.RecordUnacceptableFailure(second, me.Id, Now.AddDays(-5));
        order.ReferBreach(secondFailure.Id, me.Id, "Second unacceptable absence within 12 months of a warning.", Now.AddDays(-4));
        await seed.SaveAsync(person, order, first, second);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer/Queues");

        Assert.Equal(person.Id.ToString(), Assert.Single(page.QuerySelectorAll("#breaches li")).GetAttribute("data-person"));
        Assert.Empty(page.QuerySelectorAll("#enforcement tbody tr"));
    }

    [Fact]
    public async Task Queues_PlanFallingDueThisWeek_IsListed()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var deadlines = await DeadlinesAsync();
        var (monday, sunday) = CaseloadDay.At(LondonClock.ToUtc(Today, new TimeOnly(12, 0))).Week;
        var firstAttended = Today.AddDays(-1);
        while (!(deadlines.SentencePlanDue(firstAttended) <= sunday && deadlines.SentencePlanDue(firstAttended) >= monday))
        {
            firstAttended = firstAttended.AddDays(-1);
        }

        var dueThisWeek = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var dueOrder = OrderSentenced(dueThisWeek, Today.DayNumber - firstAttended.DayNumber + 1);
        var notYet = AllocatedPerson(me, "A100002", "Ben", "Brown");
        var notYetOrder = OrderSentenced(notYet, 3);
        await seed.SaveAsync(dueThisWeek, dueOrder, notYet, notYetOrder,
            Contact(dueOrder, me, LondonClock.ToUtc(firstAttended, new TimeOnly(10, 0)), ContactOutcome.AttendedComplied),
            Contact(notYetOrder, me, At(2), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer/Queues");

        var item = Assert.Single(page.QuerySelectorAll("#plans li"));
        Assert.Equal(dueThisWeek.Id.ToString(), item.GetAttribute("data-person"));
    }

    private async Task<CaseDeadlines> DeadlinesAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var holidays = await db.BankHolidays.Select(b => b.Date).ToListAsync();
        return new CaseDeadlines(new BusinessCalendar(holidays), TimelinessPolicy.Default);
    }
}
