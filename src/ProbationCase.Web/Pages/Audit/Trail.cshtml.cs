using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Web.Audit;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Audit;

/// <summary>
/// One case's audit trail [DOMAIN.md §12]: who viewed or changed what, when, with the values before and after;
/// filtered by dates and person, paged, and downloadable as CSV. For an administrator (any case, restricted ones
/// included) and an SPO (their own team's cases: TeamCaseAuthorisation). Reading the trail is itself recorded.
/// </summary>
public sealed class TrailModel(CaseAuditTrailQuery query, AuditTrail audit) : GovUkPageModel
{
    [FromRoute(Name = "personId")]
    public Guid PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    [MaxLengthOf<AuditEntry>(nameof(AuditEntry.UserName), Label = "Person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AuditedCase Case { get; private set; } = null!;

    public AuditTrailPage Trail { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public Pagination Pagination => Pagination.For(Trail.PageNumber, Trail.PageCount, number => Link(("PageNumber", number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public string CsvLink => Link(("handler", "Csv"), ("PageNumber", null));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadCaseAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ReadFilter() is not { } filter)
        {
            return PageWithErrors();
        }

        Trail = await query.PageAsync(PersonId, filter, PageNumber, cancellationToken);
        await audit.RecordCaseViewedAsync(PersonId, "/Audit/Trail", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await LoadCaseAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ReadFilter() is not { } filter)
        {
            return PageWithErrors();
        }

        var rows = new List<string[]>();
        await foreach (var row in query.AllAsync(PersonId, filter, cancellationToken))
        {
            rows.Add(
            [
                CaseAuditTrailQuery.CsvTime(row.OccurredAt), row.UserName, CaseAuditTrailQuery.ActionText(row.Action), row.Record, row.RecordId,
                string.Join("; ", row.Changes.Select(change => $"{change.Property}: {change.Before ?? "(none)"} -> {change.After ?? "(none)"}")),
            ]);
        }

        await audit.RecordExportAsync("/Audit/Trail CSV", PersonId.ToString(), PersonId, cancellationToken);
        return CsvDownload.File($"audit-trail-{Case.Crn}.csv", ["When", "Who", "Action", "Record", "Record id", "Changes (before -> after)"], rows);
    }

    /// <summary>The same page with some query values changed (null removes one).</summary>
    public string Link(params (string Key, string? Value)[] changes) => QueryLinks.With(
        $"/Audit/Cases/{PersonId}",
        [
            new("From.Day", From.Day), new("From.Month", From.Month), new("From.Year", From.Year),
            new("To.Day", To.Day), new("To.Month", To.Month), new("To.Year", To.Year),
            new("Person", Person),
            new("PageNumber", PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ],
        changes);

    private async Task<IActionResult?> LoadCaseAsync(CancellationToken cancellationToken)
    {
        var found = await query.CaseAsync(PersonId, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Case = found;
        PersonOptions =
        [
            new("Everyone", ""),
            .. (await query.PeopleAsync(PersonId, cancellationToken)).Select(name => new SelectListItem(name, name, name == Person)),
        ];
        return null;
    }

    /// <summary>The filter, or null with GOV.UK errors when a date is not a real one or the "to" date is before the "from".</summary>
    private AuditTrailFilter? ReadFilter()
    {
        var from = DateOf(From, nameof(From), "From");
        var to = DateOf(To, nameof(To), "To");
        if (from is { } start && to is { } end && end < start)
        {
            ModelState.AddModelError(nameof(To), "The 'to' date must be the same as or after the 'from' date");
        }

        return ModelState.IsValid ? new AuditTrailFilter(from, to, string.IsNullOrWhiteSpace(Person) ? null : Person.Trim()) : null;
    }

    private DateOnly? DateOf(DateInput input, string key, string subject)
    {
        if (input.IsEmpty)
        {
            return null;
        }

        if (input.ErrorMessage(subject) is { } message)
        {
            ModelState.AddModelError(key, message);
            return null;
        }

        input.TryToDateOnly(out var date);
        return date;
    }
}
