using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ProbationCase.Web.Cases;

/// <summary>
/// A page about one person on probation (route value <c>personId</c>). Before any handler runs it
/// checks the user may see the case — 404 if there is none, the 403 page if it is restricted from
/// them — and records the view in the audit trail [DOMAIN.md §12].
/// </summary>
public abstract class CasePageModel : GovUkPageModel
{
    [FromRoute(Name = "personId")]
    public Guid PersonId { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var access = context.HttpContext.RequestServices.GetRequiredService<CaseAccess>();
        // Views are audited here; changes are audited by the interceptor when they are saved.
        var recordView = HttpMethods.IsGet(context.HttpContext.Request.Method);
        var result = await access.OpenAsync(PersonId, context.ActionDescriptor.ViewEnginePath, recordView, context.HttpContext.RequestAborted);
        switch (result)
        {
            case CaseAccessResult.NotFound:
                context.Result = NotFound();
                return;
            case CaseAccessResult.Forbidden:
                context.Result = StatusCode(StatusCodes.Status403Forbidden);
                return;
            default:
                await next();
                return;
        }
    }
}
