using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using ProbationCase.Infrastructure;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;
using Serilog;
using Serilog.Events;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web;

/// <summary>How the web host is put together; Program.cs reads as the list of steps.</summary>
public static class WebHostSetup
{
    public const string ConnectionStringName = "ProbationCase";

    public static void AddProbationCaseWeb(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (and each test host) keeps its own logger, not a process-wide one.
        builder.Services.AddSerilog((services, logger) => ConfigureLogging(services, logger, builder.Configuration), preserveStaticLogger: true);

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Set ConnectionStrings__{ConnectionStringName} (scripts/run does this for a local database).");

        builder.Services.AddProbationCaseInfrastructure(connectionString);
        // [policy] every timeliness figure from configuration ("Timeliness" section), checked at start-up; a change
        // of policy makes every case summary stale, and the start-up rebuild brings them back.
        builder.Services.AddOptions<Domain.Calendar.TimelinessPolicy>()
            .Bind(builder.Configuration.GetSection("Timeliness"))
            .Validate(policy => policy.Problems().Count == 0, "The Timeliness settings are not valid: each figure must be more than 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Domain.Calendar.TimelinessPolicy>>().Value);
        // Secure cookies wherever the request is HTTPS, and always in Production. Local runs on
        // http://localhost (scripts/run, the browser tests) would otherwise fail every form post.
        var cookieSecurity = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        AddIdentity(builder.Services, cookieSecurity);
        AddAuthorisation(builder.Services);

        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Officer", AccessPolicies.ResponsibleOfficer);
            options.Conventions.AuthorizeFolder("/Spo", AccessPolicies.SeniorProbationOfficer);
            options.Conventions.AuthorizeFolder("/Court", AccessPolicies.CourtLiaison);
            options.Conventions.AuthorizeFolder("/Admin", AccessPolicies.Administrator);
            // [DOMAIN.md §12] a case's audit trail: administrators (not case readers, the one exception) and SPOs for their team.
            options.Conventions.AuthorizeFolder("/Audit", AccessPolicies.AuditReader);
            // Every page names who may use it; the authorisation matrix test fails a page that does not.
            options.Conventions.AuthorizeFolder("/Cases", AccessPolicies.CaseReader);
            options.Conventions.AuthorizePage("/Search/Index", AccessPolicies.CaseReader);
            options.Conventions.AuthorizePage("/Index", AccessPolicies.SignedIn);
            options.Conventions.AuthorizePage("/Account/SignOut", AccessPolicies.SignedIn);
            // SPO work on one case is for the SPO's own team only (stated once in TeamCaseAuthorisation).
            options.Conventions.AddFolderApplicationModelConvention("/Spo", model => model.Filters.Add(new TeamCaseAuthorisation()));
            options.Conventions.AddPageApplicationModelConvention("/Cases/Oversight/Index", model => model.Filters.Add(new TeamCaseAuthorisation()));
            options.Conventions.AddFolderApplicationModelConvention("/Audit", model => model.Filters.Add(new TeamCaseAuthorisation()));
            options.Conventions.AllowAnonymousToPage("/Account/SignIn");
            options.Conventions.AllowAnonymousToPage("/Account/Locked");
            options.Conventions.AllowAnonymousToFolder("/Errors");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<FormInputFilter>();
            options.Filters.Add<WritePathFilter>();
            GovUkBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "probationcase-antiforgery";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddScoped<CurrentStaff>();
        builder.Services.AddScoped<Cases.CaseAccess>();
        builder.Services.AddScoped<Court.CrnIssuer>();
        Cases.Queries.CaseQueriesRegistration.AddCaseQueries(builder.Services);
        builder.Services.AddSpoQueries();
        builder.Services.AddScoped<Audit.CaseAuditTrailQuery>();
        builder.Services.AddHealthChecks().AddDbContextCheck<ProbationCaseDbContext>("database");
        // Production: proxy headers, HTTPS and HSTS, no Server header, encrypted data-protection keys (ProductionHosting).
        builder.AddProductionHosting();
    }

    private static void ConfigureLogging(IServiceProvider services, LoggerConfiguration logger, IConfiguration configuration)
    {
        logger
            .ReadFrom.Configuration(configuration)
            .MinimumLevel.Information()
            // Framework request logs carry query strings, which can hold names or CRNs.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(new Serilog.Formatting.Json.JsonFormatter(renderMessage: true));

        // Extra sinks registered in DI; the tests use one to read what would be logged.
        foreach (var sink in services.GetServices<Serilog.Core.ILogEventSink>())
        {
            logger.WriteTo.Sink(sink);
        }
    }

    private static void AddIdentity(IServiceCollection services, CookieSecurePolicy cookieSecurity)
    {
        services
            .AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                // A government system's policy: long passwords of mixed characters, lockout after 5 tries.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ProbationCaseDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "probationcase-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Errors/403";
        });
    }

    private static void AddAuthorisation(IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            // [DOMAIN.md §1, §12] staff who work with cases read them; an administrator keeps the reference data, not cases.
            .AddPolicy(AccessPolicies.CaseReader, p => p.RequireRole(StaffRoles.ResponsibleOfficer, StaffRoles.SeniorProbationOfficer, StaffRoles.CourtLiaison))
            .AddPolicy(AccessPolicies.ResponsibleOfficer, p => p.RequireRole(StaffRoles.ResponsibleOfficer, StaffRoles.SeniorProbationOfficer))
            .AddPolicy(AccessPolicies.SeniorProbationOfficer, p => p.RequireRole(StaffRoles.SeniorProbationOfficer))
            .AddPolicy(AccessPolicies.CourtLiaison, p => p.RequireRole(StaffRoles.CourtLiaison))
            .AddPolicy(AccessPolicies.Administrator, p => p.RequireRole(StaffRoles.Administrator))
            .AddPolicy(AccessPolicies.AuditReader, p => p.RequireRole(StaffRoles.Administrator, StaffRoles.SeniorProbationOfficer));
    }

    public static void UseProbationCaseWeb(this WebApplication app)
    {
        app.UseForwardedProxyHeaders();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Path only: query strings (searches by name or CRN) never reach the logs.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(context.GetEndpoint()?.DisplayName ?? "unmatched")),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Errors/500");
        }

        app.UseHttpsOnly();
        UseFaultHandling(app);

        app.UseStatusCodePagesWithReExecute("/Errors/{0}");
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
    }

    /// <summary>
    /// Faults of the database, not of the request: "service unavailable" (503) while PostgreSQL cannot be reached,
    /// in every environment. Inside the exception handler, so anything else still reaches /Errors/500.
    /// </summary>
    private static void UseFaultHandling(WebApplication app) => app.UseMiddleware<DatabaseUnavailablePage>();

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
            "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // No page needs a device feature; none may be asked for.
        headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
        return next();
    }
}

public static class AccessPolicies
{
    public const string SignedIn = "SignedIn";
    public const string CaseReader = "CaseReader";
    public const string ResponsibleOfficer = "ResponsibleOfficerWork";
    public const string SeniorProbationOfficer = "SeniorProbationOfficerWork";
    public const string CourtLiaison = "CourtLiaisonWork";
    public const string Administrator = "AdministratorWork";
    public const string AuditReader = "AuditReader";
}
