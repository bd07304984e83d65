using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddProbationCaseWeb();

    var app = builder.Build();
    app.UseProbationCaseWeb();

    await using (var scope = app.Services.CreateAsyncScope())
    {
        var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await initialiser.MigrateAsync();
        }

        if (app.Configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            await initialiser.SeedDemoDataAsync();
        }
    }

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "ProbationCase stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
