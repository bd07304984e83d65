using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddProbationCaseInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActorAccessor, HttpContextAuditActorAccessor>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<AuditTrail>();
        services.AddSingleton<CaseSummaries.CaseSummaryUpkeep>();
        services.AddSingleton<CaseSummaries.CaseSummaryRebuild>();
        services.AddHostedService(provider => provider.GetRequiredService<CaseSummaries.CaseSummaryRebuild>());
        services.AddDbContext<ProbationCaseDbContext>((provider, options) =>
        {
            ProbationCaseDatabase.Configure(options, connectionString);
            options.AddInterceptors(provider.GetRequiredService<AuditingInterceptor>());
        });
        services.AddDataProtection()
            .SetApplicationName("ProbationCase")
            .PersistKeysToDbContext<ProbationCaseDbContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DemoUserSeeder>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoRegionSeeder>();
        services.AddScoped<DatabaseInitialiser>();
        return services;
    }
}
