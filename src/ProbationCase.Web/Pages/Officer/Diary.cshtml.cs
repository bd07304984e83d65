using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Officer;

/// <summary>
/// My diary: today's or this week's appointments across the signed-in officer's cases, with the outcomes still to
/// record flagged, each linked to its case and contact. Paged and filtered in the database; like My cases, a list of
/// the officer's own caseload (case pages it links to record their views).
/// </summary>
public sealed class DiaryModel(DiaryQuery query, CurrentStaff staff) : GovUkPageModel
{
    public const string Today = "today";
    public const string Week = "week";

    /// <summary>"today" or "week".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ToRecord { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public DiaryPeriod Period => string.Equals(Show, Week, StringComparison.OrdinalIgnoreCase) ? DiaryPeriod.ThisWeek : DiaryPeriod.Today;

    public DiaryPage? Diary { get; private set; }

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.StaffId is not { } staffId)
        {
            return;
        }

        Diary = await query.GetAsync(new DiaryRequest(staffId, Period, ToRecord, PageNumber), cancellationToken);
        Pagination = Pagination.For(Diary.Page, Diary.PageCount, number => Link(Period, ToRecord, number));
    }

    public static string Link(DiaryPeriod period, bool toRecord, int? pageNumber = null) => QueryLinks.With(
        "/Officer/Diary",
        [new("Show", period == DiaryPeriod.ThisWeek ? Week : Today), new("ToRecord", toRecord ? "true" : null)],
        ("pageNumber", pageNumber is > 1 ? pageNumber.Value.ToString(CultureInfo.InvariantCulture) : null));
}
