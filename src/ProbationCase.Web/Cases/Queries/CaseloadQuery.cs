using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Access;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>Whose caseload: one officer's (My cases) or a whole team's (the SPO's team caseload).</summary>
public sealed record CaseloadScope
{
    private CaseloadScope() { }

    public Guid? OfficerId { get; private init; }

    public Guid? TeamId { get; private init; }

    public static CaseloadScope ForOfficer(Guid staffId) => new() { OfficerId = staffId };

    public static CaseloadScope ForTeam(Guid teamId, Guid? officerId = null) => new() { TeamId = teamId, OfficerId = officerId };
}

public enum CaseloadSort
{
    Name,
    Crn,
    Rosh,
    OrderEnd,
    LastFaceToFace,
    NextAppointment,
}

/// <summary>What the caseload table asks for: filters, sort and page.</summary>
public sealed record CaseloadRequest(
    CaseloadScope Scope,
    string? Search = null,
    RoshLevel? Rosh = null,
    CaseloadWarning? Warning = null,
    CaseloadSort Sort = CaseloadSort.Name,
    bool Descending = false,
    int Page = 1,
    int PageSize = CaseloadQuery.DefaultPageSize,
    CaseloadMeasure? Measure = null);

/// <summary>One row of a caseload table.</summary>
public sealed record CaseloadRow(
    Guid PersonId,
    string Name,
    string Crn,
    RoshLevel Rosh,
    MappaCategory MappaCategory,
    int? MappaLevel,
    RiskFlags Flags,
    OrderType? OrderType,
    DateOnly? OrderEndDate,
    DateTimeOffset? LastFaceToFace,
    DateTimeOffset? NextAppointment,
    DateOnly? PlanDueOn,
    IReadOnlyList<CaseloadWarning> Warnings,
    Guid? OfficerId = null,
    string? OfficerName = null,
    int OutcomesNotRecorded = 0,
    bool BreachInProgress = false,
    int OverdueOversightActions = 0,
    int OfficerChanges = 0);

public sealed record CaseloadResult(
    IReadOnlyList<CaseloadRow> Rows,
    int TotalCases,
    int MatchingCases,
    int Page,
    int PageSize,
    IReadOnlyDictionary<CaseloadWarning, int> WarningCounts)
{
    public int PageCount => Math.Max(1, (MatchingCases + PageSize - 1) / PageSize);
}

/// <summary>
/// A caseload — an officer's (My cases) or a team's (the SPO's team caseload) — read from the case summaries
/// alone: filtered, sorted, counted and paged in the database, with each warning the domain's own
/// (<see cref="CaseloadWarnings"/>). Restricted cases never appear (<see cref="CaseAccess.VisibleSummaries"/>).
/// Two statements whatever the caseload's size: the counts, then the page.
/// </summary>
public sealed class CaseloadQuery(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock)
{
    public const int DefaultPageSize = 25;

    /// <summary>The warnings a caseload can be filtered and counted on.</summary>
    public static IReadOnlyList<CaseloadWarning> FilterableWarnings => CaseloadWarnings.All;

    public async Task<CaseloadResult> RunAsync(CaseloadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = CaseloadDay.At(clock.GetUtcNow());
        var cases = Filtered(request, day);

        var outcomeNotRecorded = CaseloadWarnings.For(CaseloadWarning.OutcomeNotRecorded, day);
        var planOverdue = CaseloadWarnings.For(CaseloadWarning.PlanOverdue, day);
        var planDue = CaseloadWarnings.For(CaseloadWarning.PlanDue, day);
        var firstAppointmentLate = CaseloadWarnings.For(CaseloadWarning.FirstAppointmentLate, day);
        var requirementNotStarted = CaseloadWarnings.For(CaseloadWarning.RequirementNotStarted, day);
        var failureWithoutDecision = CaseloadWarnings.For(CaseloadWarning.FailureWithoutDecision, day);
        var reviewDue = CaseloadWarnings.For(CaseloadWarning.ReviewDue, day);
        var rarBehindPace = CaseloadWarnings.For(CaseloadWarning.RarBehindPace, day);
        var unpaidWorkBehindPace = CaseloadWarnings.For(CaseloadWarning.UnpaidWorkBehindPace, day);

        // Every count at the top of the page in one aggregate statement over the cases in scope.
        var totals = await cases
            .GroupBy(s => 1)
            .Select(ExpressionInlining.Inline<Func<IGrouping<int, CaseSummary>, WarningCounts>>(g => new WarningCounts
            {
                Cases = g.Count(),
                OutcomeNotRecorded = g.Count(s => s.Satisfies(outcomeNotRecorded)),
                PlanOverdue = g.Count(s => s.Satisfies(planOverdue)),
                PlanDue = g.Count(s => s.Satisfies(planDue)),
                FirstAppointmentLate = g.Count(s => s.Satisfies(firstAppointmentLate)),
                RequirementNotStarted = g.Count(s => s.Satisfies(requirementNotStarted)),
                FailureWithoutDecision = g.Count(s => s.Satisfies(failureWithoutDecision)),
                ReviewDue = g.Count(s => s.Satisfies(reviewDue)),
                RarBehindPace = g.Count(s => s.Satisfies(rarBehindPace)),
                UnpaidWorkBehindPace = g.Count(s => s.Satisfies(unpaidWorkBehindPace)),
            }))
            .SingleOrDefaultAsync(cancellationToken) ?? new WarningCounts();

        var counts = FilterableWarnings.ToDictionary(warning => warning, totals.Of);
        var matching = request.Warning is { } only ? counts[only] : totals.Cases;
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var pageCount = Math.Max(1, (matching + pageSize - 1) / pageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        if (request.Warning is { } warning)
        {
            cases = cases.Where(CaseloadWarnings.For(warning, day));
        }

        var nextAppointment = CaseloadWarnings.NextAppointment(day);
        var outcomesNotRecorded = CaseloadWarnings.OutcomesNotRecorded(day);
        var overdueActions = CaseloadWarnings.OverdueOversightActions(day);
        var rows = await Sort(cases, request.Sort, request.Descending, nextAppointment)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(ExpressionInlining.Inline<Func<CaseSummary, CaseloadProjection>>(s => new CaseloadProjection
            {
                Summary = s,
                OfficerName = db.Staff.Where(member => member.Id == s.ResponsibleOfficerId).Select(member => member.Name).FirstOrDefault(),
                NextAppointment = s.Evaluate(nextAppointment),
                OutcomesNotRecorded = s.Evaluate(outcomesNotRecorded),
                OverdueOversightActions = s.Evaluate(overdueActions),
            }))
            .ToListAsync(cancellationToken);

        var warningsOf = CaseloadWarnings.JudgeFor(day);
        var result = rows.Select(row =>
        {
            var s = row.Summary;
            return new CaseloadRow(
                s.PersonId, $"{s.FirstName} {s.LastName}", s.Crn, s.Rosh, s.MappaCategory, s.MappaLevel, s.Flags,
                s.OrderType, s.OrderEndDate, s.LastFaceToFace, row.NextAppointment, s.PlanSignedOffOn is null ? s.PlanDueOn : null,
                warningsOf(s), s.ResponsibleOfficerId, row.OfficerName, row.OutcomesNotRecorded, s.BreachInProgress,
                row.OverdueOversightActions, s.OfficerChanges);
        }).ToList();

        return new CaseloadResult(result, totals.Cases, matching, page, pageSize, counts);
    }

    /// <summary>
    /// The cases a request lists (every page of them), as a query: for a count elsewhere that must be the list's own
    /// (the SPO's home links its figures to these lists).
    /// </summary>
    public IQueryable<CaseSummary> Matching(CaseloadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = CaseloadDay.At(clock.GetUtcNow());
        var cases = Filtered(request, day);
        return request.Warning is { } warning ? cases.Where(CaseloadWarnings.For(warning, day)) : cases;
    }

    /// <summary>The request's scope, search, risk and dashboard measure; the warning is applied after the counts.</summary>
    private IQueryable<CaseSummary> Filtered(CaseloadRequest request, CaseloadDay day)
    {
        var cases = Filter(InScope(request.Scope, day), request.Search, request.Rosh);
        // A dashboard figure's cases: the same rule the dashboard counted with (CaseloadMeasures).
        return request.Measure is { } measure ? cases.Where(CaseloadMeasures.For(measure, day)) : cases;
    }

    /// <summary>[DOMAIN.md §9a, §11] an officer's or a team's allocated cases with a live order, that the user may see.</summary>
    private IQueryable<CaseSummary> InScope(CaseloadScope scope, CaseloadDay day)
    {
        var cases = access.VisibleSummaries()
            .Where(CaseloadWarnings.OnCaseload(day))
            .Where(s => s.AllocationStatus == AllocationStatus.Allocated);
        if (scope.TeamId is { } teamId)
        {
            cases = cases.Where(s => s.TeamId == teamId);
        }
        else if (scope.OfficerId is null)
        {
            throw new ArgumentException("A caseload is an officer's or a team's.", nameof(scope));
        }

        return scope.OfficerId is { } officerId ? cases.Where(s => s.ResponsibleOfficerId == officerId) : cases;
    }

    private static IQueryable<CaseSummary> Filter(IQueryable<CaseSummary> cases, string? search, RoshLevel? rosh)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            if (Domain.People.Crn.TryParse(search, out var crn))
            {
                var value = crn.Value;
                cases = cases.Where(s => s.Crn == value);
            }
            else
            {
                var pattern = PersonSearch.ContainsPattern(search);
                cases = cases.Where(s => EF.Functions.ILike(s.FirstName + " " + s.LastName, pattern, "\\")
                    || EF.Functions.ILike(s.LastName + " " + s.FirstName, pattern, "\\"));
            }
        }

        if (rosh is { } level)
        {
            cases = cases.Where(s => s.Rosh == level);
        }

        return cases;
    }

    private static IQueryable<CaseSummary> Sort(IQueryable<CaseSummary> rows, CaseloadSort sort, bool descending, System.Linq.Expressions.Expression<Func<CaseSummary, DateTimeOffset?>> nextAppointment) => (sort, descending) switch
    {
        (CaseloadSort.Crn, false) => rows.OrderBy(r => r.Crn),
        (CaseloadSort.Crn, true) => rows.OrderByDescending(r => r.Crn),
        (CaseloadSort.Rosh, false) => rows.OrderBy(r => r.Rosh).ThenBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
        (CaseloadSort.Rosh, true) => rows.OrderByDescending(r => r.Rosh).ThenBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
        (CaseloadSort.OrderEnd, false) => rows.OrderBy(r => r.OrderEndDate).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.OrderEnd, true) => rows.OrderByDescending(r => r.OrderEndDate).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.LastFaceToFace, false) => rows.OrderBy(r => r.LastFaceToFace).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.LastFaceToFace, true) => rows.OrderByDescending(r => r.LastFaceToFace).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.NextAppointment, false) => rows.OrderBy(nextAppointment).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.NextAppointment, true) => rows.OrderByDescending(nextAppointment).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (_, true) => rows.OrderByDescending(r => r.LastName).ThenByDescending(r => r.FirstName).ThenBy(r => r.PersonId),
        _ => rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
    };

    /// <summary>How many cases in scope have each warning.</summary>
    private sealed class WarningCounts
    {
        public int Cases { get; init; }

        public int OutcomeNotRecorded { get; init; }

        public int PlanOverdue { get; init; }

        public int PlanDue { get; init; }

        public int FirstAppointmentLate { get; init; }

        public int RequirementNotStarted { get; init; }

        public int FailureWithoutDecision { get; init; }

        public int ReviewDue { get; init; }

        public int RarBehindPace { get; init; }

        public int UnpaidWorkBehindPace { get; init; }

        public int Of(CaseloadWarning warning) => warning switch
        {
            CaseloadWarning.OutcomeNotRecorded => OutcomeNotRecorded,
            CaseloadWarning.PlanOverdue => PlanOverdue,
            CaseloadWarning.PlanDue => PlanDue,
            CaseloadWarning.FirstAppointmentLate => FirstAppointmentLate,
            CaseloadWarning.RequirementNotStarted => RequirementNotStarted,
            CaseloadWarning.FailureWithoutDecision => FailureWithoutDecision,
            CaseloadWarning.ReviewDue => ReviewDue,
            CaseloadWarning.RarBehindPace => RarBehindPace,
            CaseloadWarning.UnpaidWorkBehindPace => UnpaidWorkBehindPace,
            _ => 0,
        };
    }

    private sealed class CaseloadProjection
    {
        public CaseSummary Summary { get; init; } = null!;

        public string? OfficerName { get; init; }

        public DateTimeOffset? NextAppointment { get; init; }

        public int OutcomesNotRecorded { get; init; }

        public int OverdueOversightActions { get; init; }
    }
}

/// <summary>How the search boxes match names.</summary>
public static class PersonSearch
{
    /// <summary>An ILIKE pattern matching the text anywhere, with the user's % and _ taken literally.</summary>
    public static string ContainsPattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = string.Join(' ', text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
