using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web;

namespace ProbationCase.Benchmarks;

/// <summary>
/// The web app's own service registrations (AddProbationCaseWeb) over the benchmark database, with no
/// HTTP server: each read path runs in a DI scope as a request would, with the query classes, the
/// DbContext, CaseAccess and CurrentStaff the pages get.
/// </summary>
public sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkHost(WebApplication app, QueryCapture capture)
    {
        _app = app;
        Capture = capture;
    }

    public QueryCapture Capture { get; }

    public IServiceProvider Services => _app.Services;

    public static BenchmarkHost Create(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration[$"ConnectionStrings:{WebHostSetup.ConnectionStringName}"] = connectionString;
        // A failing command throws anyway; unlogged, a new database's first migration check (no history
        // table yet, which EF expects) does not print as an error.
        builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Fatal";
        builder.AddProbationCaseWeb();
        var capture = new QueryCapture();
        builder.Services.ConfigureDbContext<ProbationCaseDbContext>(options => options.AddInterceptors(capture));
        return new BenchmarkHost(builder.Build(), capture);
    }

    /// <summary>A request's scope, signed in as the given sign-in (and staff record) so CaseAccess filters as it would.</summary>
    public AsyncServiceScope SignedInScope(Guid userId, Guid? staffId)
    {
        var scope = Services.CreateAsyncScope();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
        if (staffId is { } id)
        {
            claims.Add(new Claim(CurrentStaff.StaffIdClaim, id.ToString()));
        }

        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Benchmark")),
        };
        return scope;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
