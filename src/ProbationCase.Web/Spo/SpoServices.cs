namespace ProbationCase.Web.Spo;

public static class SpoServices
{
    /// <summary>The SPO area's reads (team, allocation, caseload, approvals, dashboard, audits).</summary>
    public static IServiceCollection AddSpoQueries(this IServiceCollection services)
    {
        services.AddScoped<SpoTeam>();
        services.AddScoped<AllocationQueries>();
        services.AddScoped<ApprovalQueries>();
        services.AddScoped<EnforcementEvidenceQuery>();
        services.AddScoped<TeamDashboardQuery>();
        services.AddScoped<CaseAuditQueries>();
        services.AddScoped<OversightQueries>();
        return services;
    }
}
