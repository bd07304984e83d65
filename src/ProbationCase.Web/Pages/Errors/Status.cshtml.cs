using System.Globalization;
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
    /// <summary>The code from the route; anything that is not an error status is shown as a 500.</summary>
    public override int PageStatusCode =>
        int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status500InternalServerError;

    /// <summary>The page the failed request was for: a GET of it shows the record as it is now.</summary>
    public string ReturnUrl
    {
        get
        {
            if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not { } original
                || !original.OriginalPath.StartsWith('/') || original.OriginalPath.StartsWith("//", StringComparison.Ordinal))
            {
                return "/";
            }

            // The form's handler is a POST's; the GET of the same page shows the record.
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(original.OriginalQueryString);
            query.Remove("handler");
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(original.OriginalPath, query);
        }
    }
}
