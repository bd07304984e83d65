using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddProbationCaseInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<ProbationCaseDbContext>(options => ProbationCaseDatabase.Configure(options, connectionString));
        services.AddDataProtection()
            .SetApplicationName("ProbationCase")
            .PersistKeysToDbContext<ProbationCaseDbContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DemoUserSeeder>();
        services.AddScoped<DatabaseInitialiser>();
        return services;
    }
}
