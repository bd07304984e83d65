using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the model without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProbationCaseDbContext>
{
    public ProbationCaseDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__ProbationCase")
            ?? "Host=localhost;Database=probationcase;Username=probationcase;Password=probationcase";
        var options = new DbContextOptionsBuilder<ProbationCaseDbContext>();
        ProbationCaseDatabase.Configure(options, connectionString);
        return new ProbationCaseDbContext(options.Options);
    }
}
