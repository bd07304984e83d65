using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProbationCase.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class BadRequestModel : ErrorPageModel
{
    public void OnGet() => EnsureStatusCode(StatusCodes.Status400BadRequest);
}
