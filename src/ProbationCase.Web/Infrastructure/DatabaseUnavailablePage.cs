using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web;

/// <summary>
/// When PostgreSQL cannot be reached (<see cref="DatabaseUnavailable"/>), any page answers the GOV.UK "Sorry, the
/// service is unavailable" page with a 503, in every environment, instead of a 500 or the developer page. The page
/// is re-executed at <see cref="Path"/> like the exception handler does (Errors/Status, which needs no database).
/// Nothing is retried here: a failed write was not acknowledged, and the page tells the user to check the record.
/// Recovery needs nothing from the app: each request opens a connection, and Npgsql empties its pool of the
/// connections it finds broken.
/// </summary>
public sealed partial class DatabaseUnavailablePage(RequestDelegate next, ILogger<DatabaseUnavailablePage> logger)
{
    public const string Path = "/Errors/503";

    /// <summary>What a client may wait before trying again: about how long a database restart takes.</summary>
    private const string RetryAfterSeconds = "30";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseUnavailable.IsCause(exception) && !context.Response.HasStarted)
        {
            LogUnavailable(logger, exception);
            await ShowAsync(context);
        }
    }

    private async Task ShowAsync(HttpContext context)
    {
        var originalPath = context.Request.Path;
        PrepareResponse(context);
        context.Request.Path = Path;
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        try
        {
            await next(context);
        }
        catch (Exception again) when (DatabaseUnavailable.IsCause(again) && !context.Response.HasStarted)
        {
            // Something before the page needed the database too (an old sign-in cookie's security stamp check
            // runs once per request and fails the same way): the same words without the layout.
            PrepareResponse(context);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sorry, the service is unavailable – ProbationCase – GOV.UK</title></head>"
                + "<body><main><h1>Sorry, the service is unavailable</h1><p>Try again in a few minutes.</p></main></body></html>",
                context.RequestAborted);
        }
        finally
        {
            context.Request.Path = originalPath;
        }
    }

    private static void PrepareResponse(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        context.Response.Headers.CacheControl = "no-store";
    }

    // The exception carries Npgsql's connection error (host and port, the server's shutdown notice), never data:
    // Include Error Detail is off (ProbationCaseDatabase).
    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable; answered 503")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
