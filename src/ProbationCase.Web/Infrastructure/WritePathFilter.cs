using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web;

/// <summary>
/// The one write path's answers, for every page (after teaching-record-system's filters):
/// <list type="bullet">
/// <item>a rule the domain refused (<see cref="DomainException"/>) is shown on the page it came from, against
/// the field the page named (<see cref="GovUkPageModel.RuleField"/>) or in the summary, with a 400;</item>
/// <item>a change someone else saved first (<see cref="DbUpdateConcurrencyException"/>) is a 409 with one message
/// and a link back to the fresh record (Errors/409);</item>
/// <item>a page shown again with binding or validation errors is a 400, whatever the handler set.</item>
/// </list>
/// Page models therefore hold their journey, not try/catch blocks.
/// </summary>
public sealed partial class WritePathFilter(ILogger<WritePathFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();

        switch (executed.Exception)
        {
            case DomainException rule when !executed.ExceptionHandled && executed.HandlerInstance is GovUkPageModel page:
                executed.ExceptionHandled = true;
                // Nothing of a refused change may be saved later in the request.
                context.HttpContext.RequestServices.GetRequiredService<ProbationCaseDbContext>().ChangeTracker.Clear();
                await page.ReloadAfterRuleBrokenAsync(context.HttpContext.RequestAborted);
                executed.Result = page.ShowRuleBroken(rule);
                return;
            case DbUpdateConcurrencyException or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } }
                when !executed.ExceptionHandled:
                // A unique index broken by a save at the same moment (one plan per order) is the same race.
                executed.ExceptionHandled = true;
                LogConflict(logger, context.ActionDescriptor.ViewEnginePath);
                // No body: the status code pages re-execute /Errors/409, which links back to this page.
                executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                return;
        }

        if (executed.Exception is null && executed.Result is PageResult && !executed.ModelState.IsValid
            && executed.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            executed.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrency conflict on {Page}")]
    private static partial void LogConflict(ILogger logger, string page);
}
