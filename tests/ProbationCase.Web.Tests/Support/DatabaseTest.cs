using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Tests.Support;

/// <summary>Base for tests that talk to the DbContext directly, each unit of work in its own scope.</summary>
public abstract class DatabaseTest(ProbationCaseWebFactory factory) : WebTest(factory)
{
    protected async Task InScopeAsync(Func<ProbationCaseDbContext, Task> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    protected async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    protected static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);
}
