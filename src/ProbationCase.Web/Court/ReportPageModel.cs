using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProbationCase.Domain;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;

namespace ProbationCase.Web.Court;

/// <summary>
/// A page of one pre-sentence report (/Court/Reports/{id}/...): reads the heading every page shows
/// and refuses a report about a person the signed-in user may not see.
/// </summary>
public abstract class ReportPageModel(ProbationCaseDbContext db, CaseAccess access) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReportHeading Heading { get; private set; } = null!;

    protected ProbationCaseDbContext Db => db;

    /// <summary>Reads the heading; returns the result to send instead when the report is missing or not visible.</summary>
    protected async Task<IActionResult?> OpenReportAsync(bool recordView, CancellationToken cancellationToken)
    {
        var heading = await ReportOverview.HeadingAsync(db, Id, cancellationToken);
        if (heading is null)
        {
            return NotFound();
        }

        var result = await access.OpenAsync(heading.PersonId, "Pre-sentence report", recordView, cancellationToken);
        switch (result)
        {
            case CaseAccessResult.NotFound:
                return NotFound();
            case CaseAccessResult.Forbidden:
                return Forbid();
            default:
                Heading = heading;
                return null;
        }
    }


}
