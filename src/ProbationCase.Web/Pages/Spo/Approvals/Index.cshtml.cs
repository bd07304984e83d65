using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Approvals;

/// <summary>
/// Enforcement decisions awaiting the SPO: breach referrals and decisions not to breach [DOMAIN.md §9;
/// seed 000 §5.4, 001 §2.34, 002 §4.1], and acceptable absences on professional judgement to review.
/// </summary>
public sealed class IndexModel(ApprovalQueries queries) : SpoPageModel
{
    public IReadOnlyList<DecisionRow> Pending { get; private set; } = [];

    public IReadOnlyList<DecisionRow> RecentlyDecided { get; private set; } = [];

    public IReadOnlyList<ProfessionalJudgementAbsence> Absences { get; private set; } = [];

    /// <summary>Approved breaches whose packs are due, overdue or returned [DOMAIN.md §9].</summary>
    public IReadOnlyList<BreachPackRow> BreachPacks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Pending = await queries.PendingAsync(Team.TeamId, HttpContext.RequestAborted);
        RecentlyDecided = await queries.RecentlyDecidedAsync(Team.TeamId, HttpContext.RequestAborted);
        Absences = await queries.ProfessionalJudgementAbsencesAsync(Team.TeamId, HttpContext.RequestAborted);
        BreachPacks = await queries.BreachPacksDueAsync(Team.TeamId, HttpContext.RequestAborted);
    }
}
