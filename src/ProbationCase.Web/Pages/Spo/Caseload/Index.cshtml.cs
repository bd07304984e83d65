using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Caseload;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Caseload;

/// <summary>
/// Every officer's cases in the team with the warnings the officer sees on My cases [DOMAIN.md §11]: the same
/// caseload query, scoped to the team, filtered by officer and warning, sorted and paged in the database.
/// </summary>
public sealed class IndexModel(CaseloadQuery caseload, SpoTeam spoTeam) : SpoPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Officer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Warning { get; set; }

    /// <summary>A dashboard figure's cases (<see cref="CaseloadMeasures"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    // Never "page": Razor Pages reserves it as a route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public CaseloadResult Result { get; private set; } = null!;

    public CaseloadSort SortBy { get; private set; }

    public bool Descending { get; private set; }

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public IReadOnlyList<SelectListItem> OfficerItems { get; private set; } = [];

    public IEnumerable<SelectListItem> WarningOptions =>
        new[] { new SelectListItem("Any", "") }.Concat(
            CaseloadQuery.FilterableWarnings.Select(warning => new SelectListItem(UiDefaults.Of(warning), warning.ToString())));

    public IEnumerable<SelectListItem> MeasureOptions =>
        new[] { new SelectListItem("Any", "") }.Concat(
            CaseloadMeasures.All.Select(measure => new SelectListItem(UiDefaults.Of(measure), measure.ToString())));

    /// <summary>The dashboard figure the list is filtered to, if any.</summary>
    public CaseloadMeasure? MeasureFilter { get; private set; }

    public async Task OnGetAsync()
    {
        var officers = await spoTeam.OfficersAsync(Team.TeamId, HttpContext.RequestAborted);
        OfficerItems = [new SelectListItem("All officers", ""), .. officers.Select(o => new SelectListItem($"{o.Name} ({SpoTeam.GradeName(o.Grade)})", o.Id.ToString()))];
        SortBy = Enum.TryParse<CaseloadSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : CaseloadSort.Name;
        Descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        MeasureFilter = Enum.TryParse<CaseloadMeasure>(Measure, ignoreCase: true, out var measure) && Enum.IsDefined(measure) ? measure : null;
        var request = new CaseloadRequest(
            CaseloadScope.ForTeam(Team.TeamId, Officer),
            Warning: Enum.TryParse<CaseloadWarning>(Warning, ignoreCase: true, out var warning) && Enum.IsDefined(warning) ? warning : null,
            Sort: SortBy,
            Descending: Descending,
            Page: PageNumber,
            Measure: MeasureFilter);
        Result = await caseload.RunAsync(request, HttpContext.RequestAborted);
        Pagination = Pagination.For(Result.Page, Result.PageCount, number => Link(("pageNumber", number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>This page with the current filters and sort, changing the given values.</summary>
    public string Link(params (string Key, string? Value)[] changes) =>
        QueryLinks.With("/Spo/Caseload", CurrentValues(), changes);

    public string SortLink(CaseloadSort column) =>
        Link(("Sort", column.ToString()), ("Dir", column == SortBy && !Descending ? "desc" : null), ("pageNumber", null));

    public string? AriaSort(CaseloadSort column) =>
        column == SortBy ? (Descending ? "descending" : "ascending") : "none";

    private IEnumerable<KeyValuePair<string, string?>> CurrentValues() =>
    [
        new("Officer", Officer?.ToString()),
        new("Warning", Warning),
        new("Measure", Measure),
        new("Sort", Sort),
        new("Dir", Dir),
    ];
}
