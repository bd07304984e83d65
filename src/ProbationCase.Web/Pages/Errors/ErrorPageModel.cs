using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProbationCase.Web.Pages.Errors;

/// <summary>
/// What the error pages share. They are reached directly, by redirect (access denied) and by
/// re-execution from the status code and exception handlers, which re-run the original method:
/// so every one allows anonymous users, skips antiforgery, answers GET and POST alike, and
/// changes nothing.
/// </summary>
public abstract class ErrorPageModel : PageModel
{
    /// <summary>The status this page reports.</summary>
    public abstract int PageStatusCode { get; }

    /// <summary>The reference a user quotes to the service desk, to find this request in the logs.</summary>
    /// <remarks>
    /// The request's W3C trace id: every log event of the request, the exception's included, carries it as TraceId.
    /// </remarks>
    public string Reference => Activity.Current is { } activity ? activity.TraceId.ToHexString() : HttpContext.TraceIdentifier;

    /// <summary>The page title and heading for a status code.</summary>
    public static string TitleFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status403Forbidden => "You do not have permission to see this page",
        StatusCodes.Status404NotFound => "Page not found",
        StatusCodes.Status409Conflict => "Someone else changed this record",
        StatusCodes.Status503ServiceUnavailable => "Sorry, the service is unavailable",
        >= 500 => "Sorry, there is a problem with the service",
        _ => "Sorry, there is a problem",
    };

    public void OnGet() => EnsureStatusCode();

    /// <summary>A form posted to a page that then failed is re-executed here as a POST.</summary>
    public void OnPost() => EnsureStatusCode();

    /// <summary>Sets the status when the page was asked for directly (a re-executed request already has its own).</summary>
    private void EnsureStatusCode()
    {
        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = PageStatusCode;
        }
    }
}
