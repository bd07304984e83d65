using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ProbationCase.Web;

namespace ProbationCase.Benchmarks.Hosting;

/// <summary>The web app's own service registrations (AddProbationCaseWeb) over a benchmark database, with no HTTP server.</summary>
public static class AppServices
{
    public static WebApplication Create(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration[$"ConnectionStrings:{WebHostSetup.ConnectionStringName}"] = connectionString;
        // A new database's first migration check (no history table yet, which EF expects) is not an error worth printing.
        builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Fatal";
        builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Migrations"] = "Warning";
        builder.Configuration.AddInMemoryCollection(BenchmarkDataProtection.Settings()!);
        builder.AddProbationCaseWeb();
        return builder.Build();
    }
}
