using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProbationCase.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : ErrorPageModel
{
    public override int PageStatusCode => StatusCodes.Status404NotFound;
}
