using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ProbationCase.Web.Spo;

/// <summary>
/// A page in the SPO's area. Before any handler runs it finds the SPO's team; a sign-in with no staff
/// record in a team is sent to /Spo, which explains what is missing.
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
        await next();
    }
}
