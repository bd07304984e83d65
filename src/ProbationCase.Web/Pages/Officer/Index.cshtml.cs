using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.People;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Officer;

/// <summary>My cases: the signed-in officer's caseload, filtered, sorted and paged in the database.</summary>
public sealed class IndexModel(CaseloadQuery caseload, CurrentStaff staff) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    [TextLimit(200, Label = "Search")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rosh { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Warning { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public CaseloadResult? Result { get; private set; }

    public CaseloadSort SortBy { get; private set; }

    public bool Descending { get; private set; }

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public IEnumerable<SelectListItem> RoshOptions =>
        new[] { new SelectListItem("Any", "") }.Concat(
            new[] { RoshLevel.VeryHigh, RoshLevel.High, RoshLevel.Medium, RoshLevel.Low, RoshLevel.NotAssessed }
                .Select(level => new SelectListItem(UiDefaults.Of(level), level.ToString())));

    public IEnumerable<SelectListItem> WarningOptions =>
        new[] { new SelectListItem("Any", "") }.Concat(
            CaseloadQuery.FilterableWarnings.Select(warning => new SelectListItem(UiDefaults.Of(warning), warning.ToString())));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.StaffId is not { } staffId)
        {
            return;
        }

        SortBy = Enum.TryParse<CaseloadSort>(Sort, ignoreCase: true, out var sort) ? sort : CaseloadSort.Name;
        Descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        var request = new CaseloadRequest(
            CaseloadScope.ForOfficer(staffId),
            Search,
            Enum.TryParse<RoshLevel>(Rosh, ignoreCase: true, out var rosh) && Enum.IsDefined(rosh) ? rosh : null,
            Enum.TryParse<CaseloadWarning>(Warning, ignoreCase: true, out var warning) && CaseloadQuery.FilterableWarnings.Contains(warning) ? warning : null,
            SortBy,
            Descending,
            PageNumber);
        Result = await caseload.RunAsync(request, cancellationToken);
        Pagination = Pagination.For(Result.Page, Result.PageCount, number => Link(("pageNumber", number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>This page with the current filters and sort, changing the given values.</summary>
    public string Link(params (string Key, string? Value)[] changes) =>
        QueryLinks.With("/Officer", CurrentValues(), changes);

    /// <summary>The link on a column heading: sorts by it, or reverses the order if it is already the sort.</summary>
    public string SortLink(CaseloadSort column) =>
        Link(("Sort", column.ToString()), ("Dir", column == SortBy && !Descending ? "desc" : null), ("pageNumber", null));

    public string? AriaSort(CaseloadSort column) =>
        column == SortBy ? (Descending ? "descending" : "ascending") : "none";

    private IEnumerable<KeyValuePair<string, string?>> CurrentValues() =>
    [
        new("Search", Search),
        new("Rosh", Rosh),
        new("Warning", Warning),
        new("Sort", Sort),
        new("Dir", Dir),
    ];
}
