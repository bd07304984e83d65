using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProbationCase.Web.Pages.Errors;

/// <summary>
/// The page for any status code, for UseStatusCodePagesWithReExecute("/Errors/{0}"),
/// UseExceptionHandler("/Errors/500") and the access denied path "/Errors/403".
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : ErrorPageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        EnsureStatusCode(Code);
    }
}
