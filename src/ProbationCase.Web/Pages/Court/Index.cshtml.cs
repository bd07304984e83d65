using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Court;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court;

public sealed class IndexModel(ProbationCaseDbContext db, CaseAccess access) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkListQuery Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public WorkListPage Results { get; private set; } = new([], default, 1, CourtWorkList.PageSize);

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public IReadOnlyList<SelectListItem> CourtOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StatusOptions { get; } =
    [
        new("Any status", ""),
        .. Enum.GetValues<PsrStatus>().Select(status => new SelectListItem(UiDefaults.Of(status), status.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var courts = await CourtWorkList.CourtsAsync(db, cancellationToken);
        CourtOptions = [new("Any court", ""), .. courts.Select(court => new SelectListItem(court, court))];
        if (!IsValid(new WorkListQueryValidator(), Filter, nameof(Filter)))
        {
            return PageWithErrors();
        }

        Filter.From.TryToDateOnly(out var from);
        Filter.To.TryToDateOnly(out var to);
        var filter = new WorkListFilter(
            string.IsNullOrWhiteSpace(Filter.Court) ? null : Filter.Court,
            Filter.From.IsEmpty ? null : from,
            Filter.To.IsEmpty ? null : to,
            Enum.TryParse<PsrStatus>(Filter.Status, out var status) ? status : null,
            PageNumber,
            Filter.IncludeClosed);
        Results = await CourtWorkList.ReadAsync(db, access.VisiblePeople(), filter, cancellationToken);
        Pagination = Pagination.For(Results.Page, Results.TotalPages, number => "/Court" + PageLink(number));
        return Page();
    }

    /// <summary>The link to another page of the same filtered list.</summary>
    public string PageLink(int page) => QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new("Filter.Court", Filter.Court ?? ""),
        new("Filter.From.Day", Filter.From.Day ?? ""),
        new("Filter.From.Month", Filter.From.Month ?? ""),
        new("Filter.From.Year", Filter.From.Year ?? ""),
        new("Filter.To.Day", Filter.To.Day ?? ""),
        new("Filter.To.Month", Filter.To.Month ?? ""),
        new("Filter.To.Year", Filter.To.Year ?? ""),
        new("Filter.Status", Filter.Status ?? ""),
        new("Filter.IncludeClosed", Filter.IncludeClosed ? "true" : "false"),
        new("pageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    }).ToUriComponent();
}

public sealed class WorkListQuery
{
    public string? Court { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    public string? Status { get; set; }

    /// <summary>Closed reports (sentenced and finished) are history: shown only when asked for.</summary>
    public bool IncludeClosed { get; set; }
}

public sealed class WorkListQueryValidator : AbstractValidator<WorkListQuery>
{
    public WorkListQueryValidator()
    {
        RuleFor(x => x.From).MustBeRealDate("Hearing date from").When(x => !x.From.IsEmpty);
        RuleFor(x => x.To).MustBeRealDate("Hearing date to").When(x => !x.To.IsEmpty);
        RuleFor(x => x.To)
            .Must((query, to) => !query.From.TryToDateOnly(out var from) || !to.TryToDateOnly(out var until) || until >= from)
            .WithMessage("Hearing date to must be the same as or after hearing date from");
        RuleFor(x => x.Status)
            .Must(status => string.IsNullOrEmpty(status) || Enum.TryParse<PsrStatus>(status, out _))
            .WithMessage("Select a status from the list");
    }
}
