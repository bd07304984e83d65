using System.Net;
using AngleSharp.Dom;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Web.Tests.Cases;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Officer;

public sealed class MyCasesTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    private const string Ro = "ro@probation.test";

    private CaseloadSeed Seed => new(Factory.Services);

    private static List<string> Crns(IDocument page) =>
        page.QuerySelectorAll("#caseload tbody tr").Select(row => row.GetAttribute("data-crn")!).ToList();

    private static List<string> WarningsFor(IDocument page, string crn) =>
        page.QuerySelectorAll($"#caseload tbody tr[data-crn='{crn}'] [data-warning]").Select(tag => tag.GetAttribute("data-warning")!).ToList();

    /// <summary>A case with nothing to act on: sentenced today, requirement started.</summary>
    private static object[] CleanCase(StaffMember officer, string crn, string first, string last)
    {
        var person = AllocatedPerson(officer, crn, first, last);
        var order = OrderSentenced(person, 0);
        order.StartRequirement(order.Requirements.Single().Id, Today);
        return [person, order];
    }

    [Fact]
    public async Task MyCases_IsHeadedWithTheOfficersName_NotTheirEmail()
    {
        await Seed.OfficerForAsync(Ro);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal("Riya Osei", page.QuerySelector("#staff-name")!.TextContent.Trim());
        Assert.DoesNotContain(Ro, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_OtherOfficersCases_AreNotShown()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var other = await seed.OtherOfficerAsync();
        await seed.SaveAsync([.. CleanCase(me, "A100001", "Ann", "Mine"), .. CleanCase(other, "A100002", "Bob", "Theirs")]);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["A100001"], Crns(page));
    }

    [Fact]
    public async Task MyCases_SortByNameDescending_ReversesTheOrder()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        await seed.SaveAsync([.. CleanCase(me, "A100001", "Ann", "Adams"), .. CleanCase(me, "A100002", "Cat", "Cole"), .. CleanCase(me, "A100003", "Ben", "Brown")]);
        var client = await SignedInClientAsync(Ro);

        var ascending = await client.GetDocumentAsync("/Officer");
        var descending = await client.GetDocumentAsync("/Officer?Sort=Name&Dir=desc");

        Assert.Equal(["A100001", "A100003", "A100002"], Crns(ascending));
        Assert.Equal(["A100002", "A100003", "A100001"], Crns(descending));
        Assert.Equal("descending", descending.QuerySelector("#caseload th[aria-sort='descending']")?.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task MyCases_SortByLastFaceToFace_OrdersByMostRecentContact()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var early = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var earlyOrder = OrderSentenced(early, 30);
        var late = AllocatedPerson(me, "A100002", "Ben", "Brown");
        var lateOrder = OrderSentenced(late, 30);
        await seed.SaveAsync(early, earlyOrder, late, lateOrder,
            Contact(earlyOrder, me, At(20), ContactOutcome.AttendedComplied),
            Contact(lateOrder, me, At(3), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer?Sort=LastFaceToFace&Dir=desc");

        Assert.Equal(["A100002", "A100001"], Crns(page));
    }

    [Fact]
    public async Task MyCases_MoreThan25Cases_ArePagedWithGovUkPagination()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        await seed.SaveAsync(Enumerable.Range(1, 30).SelectMany(i => CleanCase(me, $"B{i:000000}", "Person", $"Surname{i:00}")));
        var client = await SignedInClientAsync(Ro);

        var first = await client.GetDocumentAsync("/Officer");
        var second = await client.GetDocumentAsync("/Officer?pageNumber=2");

        Assert.Equal(25, Crns(first).Count);
        Assert.Equal(5, Crns(second).Count);
        Assert.Empty(Crns(first).Intersect(Crns(second)));
        Assert.NotNull(first.QuerySelector(".govuk-pagination__next a[href*='pageNumber=2']"));
        Assert.Contains("Showing 26 to 30 of 30 cases", second.QuerySelector("#showing")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_FilterBySearchText_ShowsOnlyMatchingCases()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        await seed.SaveAsync([.. CleanCase(me, "A100001", "Ann", "Adams"), .. CleanCase(me, "A100002", "Ben", "Brown")]);
        var client = await SignedInClientAsync(Ro);

        var byName = await client.GetDocumentAsync("/Officer?Search=brow");
        var byCrn = await client.GetDocumentAsync("/Officer?Search=a100001");

        Assert.Equal(["A100002"], Crns(byName));
        Assert.Equal(["A100001"], Crns(byCrn));
    }

    [Fact]
    public async Task MyCases_FilterByWarning_ShowsOnlyCasesWithItAndCountsIt()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 30);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-29));
        await seed.SaveAsync([person, order, Contact(order, me, At(29), ContactOutcome.AttendedComplied), Contact(order, me, At(2)),
            .. CleanCase(me, "A100002", "Ben", "Brown")]);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer?Warning=OutcomeNotRecorded");

        Assert.Equal(["A100001"], Crns(page));
        Assert.Contains(": 1", page.QuerySelector("#warning-counts [data-warning='OutcomeNotRecorded']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_CaseWithNothingDue_ShowsNoWarnings()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        await seed.SaveAsync(CleanCase(me, "A100001", "Ann", "Adams"));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["A100001"], Crns(page));
        Assert.Empty(WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_PastContactWithNoOutcome_WarnsOutcomeNotRecorded()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 3);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-3));
        await seed.SaveAsync(person, order, Contact(order, me, At(2, 9), ContactOutcome.AttendedComplied), Contact(order, me, At(1)));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["OutcomeNotRecorded"], WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_FirstAttendedLongAgoAndNoPlan_WarnsPlanOverdue()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 40);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-39));
        await seed.SaveAsync(person, order, Contact(order, me, At(38), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["PlanOverdue"], WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_NoAttendedAppointmentAfterFiveBusinessDays_WarnsFirstAppointmentLate()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 14);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-13));
        await seed.SaveAsync(person, order);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["FirstAppointmentLate"], WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_UnacceptableFailureWithNoWarning_WarnsFailureNeedsDecision()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 3);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-3));
        var attended = Contact(order, me, At(2, 9), ContactOutcome.AttendedComplied);
        var missed = Contact(order, me, At(1), ContactOutcome.UnacceptableAbsence);
        order.RecordUnacceptableFailure(missed, me.Id, Now);
        await seed.SaveAsync(person, order, attended, missed);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["FailureWithoutDecision"], WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_FailureAlreadyWarned_DoesNotWarn()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 3);
        order.StartRequirement(order.Requirements.Single().Id, Today.AddDays(-3));
        var attended = Contact(order, me, At(2, 9), ContactOutcome.AttendedComplied);
        var missed = Contact(order, me, At(1), ContactOutcome.UnacceptableAbsence);
        var failure = order.RecordUnacceptableFailure(missed, me.Id, Now);
        order.GiveWarning(failure.Id, me.Id, Today, "Missed appointment; a further failure within 12 months can mean a return to court.", Today);
        await seed.SaveAsync(person, order, attended, missed);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Empty(WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_RequirementAwaitingStartAfterFourWeeks_WarnsRequirementNotStarted()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 35);
        await seed.SaveAsync(person, order, Contact(order, me, At(34), ContactOutcome.AttendedComplied), Contact(order, me, At(33), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Contains("RequirementNotStarted", WarningsFor(page, "A100001"));
        Assert.DoesNotContain("FirstAppointmentLate", WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_RarWithNoActivityHalfwayThrough_WarnsRarBehindPace()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 180, RequirementTerms.Rar(20));
        order.StartRequirement(order.Rar!.Id, Today.AddDays(-179));
        await seed.SaveAsync(person, order, Contact(order, me, At(178), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Contains("RarBehindPace", WarningsFor(page, "A100001"));
    }

    [Fact]
    public async Task MyCases_RarBehindPace_IsCountedAndFilteredInTheDatabase()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var behind = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var behindOrder = OrderSentenced(behind, 180, RequirementTerms.Rar(20));
        behindOrder.StartRequirement(behindOrder.Rar!.Id, Today.AddDays(-179));
        var onPace = AllocatedPerson(me, "A100002", "Ben", "Brown");
        var onPaceOrder = OrderSentenced(onPace, 180, RequirementTerms.Rar(20));
        onPaceOrder.StartRequirement(onPaceOrder.Rar!.Id, Today.AddDays(-179));
        // Ten activity days, two activities on each: on pace (about 9.9 expected by now).
        var activities = Enumerable.Range(0, 10).SelectMany(week => new[]
        {
            Contact(onPaceOrder, me, At(170 - (7 * week), 9), ContactOutcome.AttendedComplied, ContactType.RarActivity, onPaceOrder.Rar.Id),
            Contact(onPaceOrder, me, At(170 - (7 * week), 15), ContactOutcome.AttendedComplied, ContactType.RarActivity, onPaceOrder.Rar.Id),
        });
        await seed.SaveAsync([behind, behindOrder, onPace, onPaceOrder,
            Contact(behindOrder, me, At(178), ContactOutcome.AttendedComplied), Contact(onPaceOrder, me, At(178), ContactOutcome.AttendedComplied), .. activities]);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer?Warning=RarBehindPace");

        Assert.Equal(["A100001"], Crns(page));
        Assert.Contains(": 1", page.QuerySelector("#warning-counts [data-warning='RarBehindPace']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Warning option[value='RarBehindPace']"));
    }

    [Fact]
    public async Task MyCases_UnpaidWorkBehindPace_IsCountedAndFilteredInTheDatabase()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var behind = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var behindOrder = OrderSentenced(behind, 180, RequirementTerms.UnpaidWork(100));
        behindOrder.CreditUnpaidWork(Today.AddDays(-175), 420, false);
        var onPace = AllocatedPerson(me, "A100002", "Ben", "Brown");
        var onPaceOrder = OrderSentenced(onPace, 180, RequirementTerms.UnpaidWork(100));
        for (var week = 0; week < 7; week++)
        {
            onPaceOrder.CreditUnpaidWork(Today.AddDays(-175 + (7 * week)), 420, false);
        }

        await seed.SaveAsync(behind, behindOrder, onPace, onPaceOrder,
            Contact(behindOrder, me, At(178), ContactOutcome.AttendedComplied), Contact(onPaceOrder, me, At(178), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var all = await client.GetDocumentAsync("/Officer");
        var filtered = await client.GetDocumentAsync("/Officer?Warning=UnpaidWorkBehindPace");

        Assert.Contains("UnpaidWorkBehindPace", WarningsFor(all, "A100001"));
        Assert.DoesNotContain("UnpaidWorkBehindPace", WarningsFor(all, "A100002"));
        Assert.Equal(["A100001"], Crns(filtered));
        Assert.Contains(": 1", filtered.QuerySelector("#warning-counts [data-warning='UnpaidWorkBehindPace']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_RestrictedFromMe_IsNotShown()
    {
        var seed = Seed;
        var me = await seed.OfficerForAsync(Ro);
        var myUserId = await seed.UserIdAsync(Ro);
        var visible = CleanCase(me, "A100001", "Ann", "Adams");
        var hidden = CleanCase(me, "A100002", "Ben", "Brown");
        ((Domain.People.PersonOnProbation)hidden[0]).ExcludeStaff(myUserId, Guid.NewGuid(), Now);
        await seed.SaveAsync([.. visible, .. hidden]);
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync("/Officer");

        Assert.Equal(["A100001"], Crns(page));
        Assert.Contains("1 case", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_SignInNotLinkedToStaff_ExplainsThereIsNoCaseload()
    {
        var client = await SignedInClientAsync(Ro);

        var response = await client.GetAsync(new Uri("/Officer", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not linked to a staff record", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
