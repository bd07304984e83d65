using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProbationCase.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ForbiddenModel : ErrorPageModel
{
    public override int PageStatusCode => StatusCodes.Status403Forbidden;
}
