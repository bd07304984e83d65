using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Web.Tests.Cases;
using ProbationCase.Web.Tests.Support;
using Xunit.Abstractions;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Officer;

/// <summary>My cases issues a bounded number of SQL commands, however many cases the officer holds.</summary>
[Collection(QueryCountingCollection.Name)]
public sealed class MyCasesQueryCountTests(QueryCountingWebFactory factory, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>[issue 10] no list issues more than 3 statements per page view.</summary>
    private const int Bound = 3;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static IEnumerable<object> Cases(StaffMember officer, int from, int count) =>
        Enumerable.Range(from, count).SelectMany(i =>
        {
            var person = AllocatedPerson(officer, $"C{i:000000}", "Person", $"Surname{i:000}");
            var order = OrderSentenced(person, 40 + i, RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(100));
            order.StartRequirement(order.Rar!.Id, Today.AddDays(-39 - i));
            return new object[]
            {
                person,
                order,
                Contact(order, officer, At(30 + i), ContactOutcome.AttendedComplied),
                Contact(order, officer, At(20), ContactOutcome.AttendedComplied, ContactType.RarActivity, order.Rar.Id),
                Contact(order, officer, At(3)),
                Contact(order, officer, At(-7)),
            };
        });

    [Fact]
    public async Task MyCases_20And60Cases_IssueTheSameSmallNumberOfQueries()
    {
        var seed = new CaseloadSeed(factory.Services);
        var me = await seed.OfficerForAsync("ro@probation.test");
        await seed.SaveAsync(Cases(me, 1, 20));
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("ro@probation.test", ProbationCase.Infrastructure.Seeding.DemoUserSeeder.DemoPassword);
        await client.GetAsync(new Uri("/Officer", UriKind.Relative)); // warm up: model and query compilation

        factory.Counter.Reset();
        var twenty = await client.GetDocumentAsync("/Officer");
        var queriesFor20 = factory.Counter.Count;

        await seed.SaveAsync(Cases(me, 21, 40));
        factory.Counter.Reset();
        var sixty = await client.GetDocumentAsync("/Officer");
        var queriesFor60 = factory.Counter.Count;

        output.WriteLine($"SQL commands for 20 cases: {queriesFor20}; for 60 cases: {queriesFor60}");
        Assert.Contains("of 20 cases", twenty.QuerySelector("#showing")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("of 60 cases", sixty.QuerySelector("#showing")!.TextContent, StringComparison.Ordinal);
        Assert.InRange(queriesFor20, 1, Bound);
        Assert.Equal(queriesFor20, queriesFor60);
    }

    [Theory]
    [InlineData("ro@probation.test", "/Officer?Warning=OutcomeNotRecorded&Sort=NextAppointment&pageNumber=2")]
    [InlineData("ro@probation.test", "/Officer/Queues")]
    [InlineData("ro@probation.test", "/Search?Query=Surname0")]
    [InlineData("spo@probation.test", "/Spo")]
    [InlineData("spo@probation.test", "/Spo/Caseload?Sort=Rosh&pageNumber=2")]
    [InlineData("spo@probation.test", "/Spo/Dashboard")]
    public async Task ListPage_20And60Cases_AtMostThreeStatementsWhateverTheCaseloadSize(string user, string path)
    {
        var seed = new CaseloadSeed(factory.Services);
        var me = await seed.OfficerForAsync("ro@probation.test");
        await seed.TeamForSpoAsync("spo@probation.test", me);
        await seed.SaveAsync(Cases(me, 1, 20));
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(user, ProbationCase.Infrastructure.Seeding.DemoUserSeeder.DemoPassword);
        await client.GetAsync(new Uri(path, UriKind.Relative)); // warm up: model and query compilation

        factory.Counter.Reset();
        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var queriesFor20 = factory.Counter.Count;
        await seed.SaveAsync(Cases(me, 21, 40));
        factory.Counter.Reset();
        await client.GetAsync(new Uri(path, UriKind.Relative));
        var queriesFor60 = factory.Counter.Count;

        output.WriteLine($"{path} as {user}: {queriesFor20} statements for 20 cases, {queriesFor60} for 60");
        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.InRange(queriesFor20, 1, Bound);
        Assert.Equal(queriesFor20, queriesFor60);
    }
}
