using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Consistency;

/// <summary>A clock the test moves forward; the app reads it for "now" everywhere.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>The app over its own database with a clock the test moves, for long seeded runs of operations.</summary>
public sealed class ConsistencyWebFactory : ProbationCaseWebFactory
{
    public MovableClock Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override string DatabaseSuffix => "consistency";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

[CollectionDefinition(Name)]
public sealed class ConsistencyCollection : ICollectionFixture<ConsistencyWebFactory>
{
    public const string Name = "consistency";
}
