using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;
using ProbationCase.Infrastructure.Auditing;

namespace ProbationCase.Web.Spo;

/// <summary>
/// A page in the SPO's area. Before any handler runs it finds the SPO's team; a sign-in with no staff
/// record in a team is sent to /Spo, which explains what is missing. A page about one case records its view.
/// </summary>
public abstract class SpoPageModel : GovUkPageModel
{
    public SpoTeamContext Team { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var team = await context.HttpContext.RequestServices.GetRequiredService<SpoTeam>().FindAsync(context.HttpContext.RequestAborted);
        if (team is null)
        {
            context.Result = RedirectToPage("/Spo/Index");
            return;
        }

        Team = team;
        var executed = await next();
        // [DOMAIN.md §12] an SPO page that showed one case (allocation, approval, case audit) records the view.
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && executed.Exception is null
            && executed.Result is PageResult && ViewedPersonId is { } personId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<AuditTrail>()
                .RecordCaseViewedAsync(personId, context.ActionDescriptor.ViewEnginePath, context.HttpContext.RequestAborted);
        }
    }

    /// <summary>The case the page shows, once its handler has read it; null for a page about the team.</summary>
    protected virtual Guid? ViewedPersonId => null;
}
