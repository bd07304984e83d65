namespace ProbationCase.Web.Cases.Queries;

public static class CaseQueriesRegistration
{
    /// <summary>The read models behind the caseload, case record, activity log, RAR ledger, queues and search pages.</summary>
    public static IServiceCollection AddCaseQueries(this IServiceCollection services)
    {
        services.AddScoped<CaseDeadlinesSource>();
        services.AddScoped<CaseloadQuery>();
        services.AddScoped<CaseRecordQuery>();
        services.AddScoped<ActivityLogQuery>();
        services.AddScoped<ContactRecordQuery>();
        services.AddScoped<DiaryQuery>();
        services.AddScoped<OfficerQueuesQuery>();
        services.AddScoped<PersonSearchQuery>();
        services.AddScoped<RarLedgerQuery>();
        services.AddScoped<Letters.LetterQuery>();
        return services;
    }
}
