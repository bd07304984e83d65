using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>Whose caseload: one officer's (My cases) or a whole team's (the SPO's team caseload).</summary>
public sealed record CaseloadScope
{
    private CaseloadScope() { }

    public Guid? OfficerId { get; private init; }

    public Guid? TeamId { get; private init; }

    public static CaseloadScope ForOfficer(Guid staffId) => new() { OfficerId = staffId };

    public static CaseloadScope ForTeam(Guid teamId) => new() { TeamId = teamId };
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
    int PageSize = CaseloadQuery.DefaultPageSize);

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
    IReadOnlyList<CaseloadWarning> Warnings);

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
/// A caseload — an officer's or a team's — filtered, sorted, counted and paged in the database from
/// <see cref="CaseAccess.VisiblePeople"/>, so restricted cases never appear. The page's rows come
/// back in one query with their warnings as EXISTS subqueries, the RAR and unpaid work pace included.
/// </summary>
public sealed class CaseloadQuery(ProbationCaseDbContext db, CaseAccess access, CaseDeadlinesSource deadlinesSource, TimeProvider clock)
{
    public const int DefaultPageSize = 25;

    /// <summary>The warnings a caseload can be filtered and counted on in the database.</summary>
    public static IReadOnlyList<CaseloadWarning> FilterableWarnings { get; } =
    [
        CaseloadWarning.OutcomeNotRecorded,
        CaseloadWarning.PlanOverdue,
        CaseloadWarning.PlanDue,
        CaseloadWarning.FirstAppointmentLate,
        CaseloadWarning.RequirementNotStarted,
        CaseloadWarning.FailureWithoutDecision,
        CaseloadWarning.ReviewDue,
        CaseloadWarning.RarBehindPace,
        CaseloadWarning.UnpaidWorkBehindPace,
    ];

    public async Task<CaseloadResult> RunAsync(CaseloadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var deadlines = await deadlinesSource.GetAsync(cancellationToken);
        var cutoffs = CaseloadWarningCutoffs.For(now, deadlines, deadlinesSource.Policy);
        var warnings = new PersonWarnings(db, cutoffs, deadlinesSource.Policy);

        var people = Filter(InScope(request.Scope), request.Search, request.Rosh);

        // Every count at the top of the page in one aggregate query over the cases in scope.
        var outcomeNotRecorded = warnings.OutcomeNotRecorded;
        var planOverdue = warnings.PlanOverdue;
        var planDue = warnings.PlanDue;
        var firstAppointmentLate = warnings.FirstAppointmentLate;
        var requirementNotStarted = warnings.RequirementNotStarted;
        var failureWithoutDecision = warnings.FailureWithoutDecision;
        var reviewDue = warnings.ReviewDue;
        var rarBehindPace = warnings.RarBehindPace;
        var unpaidWorkBehindPace = warnings.UnpaidWorkBehindPace;
        // Each warning is inlined on the case itself (see ExpressionInlining), so it is an EXISTS correlated on p.id.
        var totals = await people
            .GroupBy(p => 1)
            .Select(ExpressionInlining.Inline<Func<IGrouping<int, PersonOnProbation>, WarningCounts>>(g => new WarningCounts
            {
                Cases = g.Count(),
                OutcomeNotRecorded = g.Count(p => p.Satisfies(outcomeNotRecorded)),
                PlanOverdue = g.Count(p => p.Satisfies(planOverdue)),
                PlanDue = g.Count(p => p.Satisfies(planDue)),
                FirstAppointmentLate = g.Count(p => p.Satisfies(firstAppointmentLate)),
                RequirementNotStarted = g.Count(p => p.Satisfies(requirementNotStarted)),
                FailureWithoutDecision = g.Count(p => p.Satisfies(failureWithoutDecision)),
                ReviewDue = g.Count(p => p.Satisfies(reviewDue)),
                RarBehindPace = g.Count(p => p.Satisfies(rarBehindPace)),
                UnpaidWorkBehindPace = g.Count(p => p.Satisfies(unpaidWorkBehindPace)),
            }))
            .SingleOrDefaultAsync(cancellationToken) ?? new WarningCounts();

        var counts = FilterableWarnings.ToDictionary(warning => warning, totals.Of);
        var matching = request.Warning is { } only && counts.TryGetValue(only, out var count) ? count : totals.Cases;
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var pageCount = Math.Max(1, (matching + pageSize - 1) / pageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);

        if (request.Warning is { } warning && warnings.For(warning) is { } onlyWithWarning)
        {
            people = people.Where(onlyWithWarning);
        }

        var attended = CaseloadWarningRules.AttendedFaceToFace;
        var upcoming = CaseloadWarningRules.Upcoming(now);
        // Sort and page on the sort keys first, then work the warnings out for the page's cases only:
        // over the whole caseload PostgreSQL would plan each warning as a hashed scan of its tables.
        var keyed = people.Select(p => new CaseloadSortKeys
        {
            Person = p,
            PersonId = p.Id,
            FirstName = p.FirstName,
            LastName = p.LastName,
            Crn = p.Crn,
            Rosh = p.Risk.Rosh,
            // The current order: the latest live one, else the latest.
            OrderEndDate = db.Orders.Where(o => o.PersonId == p.Id).OrderBy(o => o.ActualEndDate != null).ThenByDescending(o => o.SentenceDate)
                .Select(o => (DateOnly?)(o.ActualEndDate ?? o.ExpectedEndDate)).FirstOrDefault(),
            LastFaceToFace = db.Contacts.Where(c => c.PersonId == p.Id).Where(attended).Max(c => (DateTimeOffset?)c.StartsAt),
            NextAppointment = db.Contacts.Where(c => c.PersonId == p.Id).Where(upcoming).Min(c => (DateTimeOffset?)c.StartsAt),
        });

        var pageOfCases = Sort(keyed, request.Sort, request.Descending)
            .Skip((page - 1) * pageSize)
            .Take(pageSize);

        // Sorting the page again makes EF select from it as a subquery, so PostgreSQL plans the warnings for
        // the page's rows; projected straight off the LIMIT it plans for the whole caseload and hashes.
        var rows = await Sort(pageOfCases, request.Sort, request.Descending)
            .Select(ExpressionInlining.Inline<Func<CaseloadSortKeys, CaseloadProjection>>(k => new CaseloadProjection
            {
                PersonId = k.PersonId,
                FirstName = k.FirstName,
                LastName = k.LastName,
                Crn = k.Crn,
                Rosh = k.Rosh,
                MappaCategory = k.Person.Risk.MappaCategory,
                MappaLevel = k.Person.Risk.MappaLevel,
                Flags = k.Person.Risk.Flags,
                OrderId = db.Orders.Where(o => o.PersonId == k.PersonId).OrderBy(o => o.ActualEndDate != null).ThenByDescending(o => o.SentenceDate)
                    .Select(o => (Guid?)o.Id).FirstOrDefault(),
                OrderType = db.Orders.Where(o => o.PersonId == k.PersonId).OrderBy(o => o.ActualEndDate != null).ThenByDescending(o => o.SentenceDate)
                    .Select(o => (OrderType?)o.Type).FirstOrDefault(),
                OrderEndDate = k.OrderEndDate,
                LastFaceToFace = k.LastFaceToFace,
                NextAppointment = k.NextAppointment,
                OutcomeNotRecorded = k.Person.Satisfies(outcomeNotRecorded),
                PlanOverdue = k.Person.Satisfies(planOverdue),
                PlanDue = k.Person.Satisfies(planDue),
                FirstAppointmentLate = k.Person.Satisfies(firstAppointmentLate),
                RequirementNotStarted = k.Person.Satisfies(requirementNotStarted),
                FailureWithoutDecision = k.Person.Satisfies(failureWithoutDecision),
                ReviewDue = k.Person.Satisfies(reviewDue),
                RarBehindPace = k.Person.Satisfies(rarBehindPace),
                UnpaidWorkBehindPace = k.Person.Satisfies(unpaidWorkBehindPace),
            }))
            .ToListAsync(cancellationToken);

        var firstAttended = await FirstAttendedAsync(rows, cancellationToken);

        var result = rows.Select(row =>
        {
            var rowWarnings = FilterableWarnings.Where(row.Has).ToList();

            DateOnly? planDueOn = (row.PlanDue || row.PlanOverdue) && row.OrderId is { } id && firstAttended.TryGetValue(id, out var first)
                ? deadlines.SentencePlanDue(LondonClock.DateOf(first))
                : null;
            return new CaseloadRow(
                row.PersonId, $"{row.FirstName} {row.LastName}", row.Crn.Value, row.Rosh, row.MappaCategory, row.MappaLevel, row.Flags,
                row.OrderType, row.OrderEndDate, row.LastFaceToFace, row.NextAppointment, planDueOn, rowWarnings);
        }).ToList();

        return new CaseloadResult(result, totals.Cases, matching, page, pageSize, counts);
    }

    private IQueryable<PersonOnProbation> InScope(CaseloadScope scope)
    {
        var people = access.VisiblePeople();
        if (scope.OfficerId is { } officerId)
        {
            return people.Where(p => p.ResponsibleOfficerId == officerId);
        }

        if (scope.TeamId is { } teamId)
        {
            return people.Where(p => p.TeamId == teamId);
        }

        throw new ArgumentException("A caseload is an officer's or a team's.", nameof(scope));
    }

    private static IQueryable<PersonOnProbation> Filter(IQueryable<PersonOnProbation> people, string? search, RoshLevel? rosh)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = PersonSearch.ContainsPattern(search);
            if (Domain.People.Crn.TryParse(search, out var crn))
            {
                people = people.Where(p => p.Crn == crn);
            }
            else
            {
                people = people.Where(p => EF.Functions.ILike(p.FirstName + " " + p.LastName, pattern, "\\")
                    || EF.Functions.ILike(p.LastName + " " + p.FirstName, pattern, "\\"));
            }
        }

        if (rosh is { } level)
        {
            people = people.Where(p => p.Risk.Rosh == level);
        }

        return people;
    }

    private static IQueryable<CaseloadSortKeys> Sort(IQueryable<CaseloadSortKeys> rows, CaseloadSort sort, bool descending) => (sort, descending) switch
    {
        (CaseloadSort.Crn, false) => rows.OrderBy(r => r.Crn),
        (CaseloadSort.Crn, true) => rows.OrderByDescending(r => r.Crn),
        (CaseloadSort.Rosh, false) => rows.OrderBy(r => r.Rosh).ThenBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
        (CaseloadSort.Rosh, true) => rows.OrderByDescending(r => r.Rosh).ThenBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
        (CaseloadSort.OrderEnd, false) => rows.OrderBy(r => r.OrderEndDate).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.OrderEnd, true) => rows.OrderByDescending(r => r.OrderEndDate).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.LastFaceToFace, false) => rows.OrderBy(r => r.LastFaceToFace).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.LastFaceToFace, true) => rows.OrderByDescending(r => r.LastFaceToFace).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.NextAppointment, false) => rows.OrderBy(r => r.NextAppointment).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (CaseloadSort.NextAppointment, true) => rows.OrderByDescending(r => r.NextAppointment).ThenBy(r => r.LastName).ThenBy(r => r.PersonId),
        (_, true) => rows.OrderByDescending(r => r.LastName).ThenByDescending(r => r.FirstName).ThenBy(r => r.PersonId),
        _ => rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.PersonId),
    };

    /// <summary>The first attended face-to-face contact on each of the page's orders: the start of the plan deadline.</summary>
    private async Task<Dictionary<Guid, DateTimeOffset>> FirstAttendedAsync(List<CaseloadProjection> rows, CancellationToken cancellationToken)
    {
        var orderIds = rows.Where(row => row.PlanDue || row.PlanOverdue).Select(row => row.OrderId).OfType<Guid>().ToList();
        if (orderIds.Count == 0)
        {
            return [];
        }

        return await db.Contacts.AsNoTracking()
            .Where(c => orderIds.Contains(c.OrderId))
            .Where(CaseloadWarningRules.AttendedFaceToFace)
            .GroupBy(c => c.OrderId)
            .Select(g => new { OrderId = g.Key, First = g.Min(c => c.StartsAt) })
            .ToDictionaryAsync(x => x.OrderId, x => x.First, cancellationToken);
    }

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

    /// <summary>Warning flags of one row.</summary>
    private class WarningFlags
    {
        public bool OutcomeNotRecorded { get; init; }

        public bool PlanOverdue { get; init; }

        public bool PlanDue { get; init; }

        public bool FirstAppointmentLate { get; init; }

        public bool RequirementNotStarted { get; init; }

        public bool FailureWithoutDecision { get; init; }

        public bool ReviewDue { get; init; }

        public bool RarBehindPace { get; init; }

        public bool UnpaidWorkBehindPace { get; init; }

        public bool Has(CaseloadWarning warning) => warning switch
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
            _ => false,
        };
    }

    /// <summary>What a caseload is sorted on, with the case itself for the page's warnings.</summary>
    private sealed class CaseloadSortKeys
    {
        public PersonOnProbation Person { get; init; } = null!;

        public Guid PersonId { get; init; }

        public string FirstName { get; init; } = string.Empty;

        public string LastName { get; init; } = string.Empty;

        public Crn Crn { get; init; } = null!;

        public RoshLevel Rosh { get; init; }

        public DateOnly? OrderEndDate { get; init; }

        public DateTimeOffset? LastFaceToFace { get; init; }

        public DateTimeOffset? NextAppointment { get; init; }
    }

    private sealed class CaseloadProjection : WarningFlags
    {
        public Guid PersonId { get; init; }

        public string FirstName { get; init; } = string.Empty;

        public string LastName { get; init; } = string.Empty;

        public Crn Crn { get; init; } = null!;

        public RoshLevel Rosh { get; init; }

        public MappaCategory MappaCategory { get; init; }

        public int? MappaLevel { get; init; }

        public RiskFlags Flags { get; init; }

        public Guid? OrderId { get; init; }

        public OrderType? OrderType { get; init; }

        public DateOnly? OrderEndDate { get; init; }

        public DateTimeOffset? LastFaceToFace { get; init; }

        public DateTimeOffset? NextAppointment { get; init; }
    }
}

/// <summary>
/// Each filterable caseload warning as a test on a person, built from the domain's rules
/// (<see cref="CaseloadWarningRules"/>) over the case's orders, contacts and plans.
/// </summary>
public sealed class PersonWarnings
{
    public PersonWarnings(ProbationCaseDbContext db, CaseloadWarningCutoffs cutoffs, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentNullException.ThrowIfNull(policy);
        var rarBehindPace = CaseloadWarningRules.RarBehindPace(db.Contacts, cutoffs, policy);
        var unpaidWorkBehindPace = CaseloadWarningRules.UnpaidWorkBehindPace(cutoffs, policy);
        var outcomeNotRecorded = CaseloadWarningRules.OutcomeNotRecorded(cutoffs.Now);
        var attended = CaseloadWarningRules.AttendedFaceToFace;
        var failureWithoutDecision = CaseloadWarningRules.HasFailureWithoutDecision(cutoffs.Today);
        var requirementNotStarted = CaseloadWarningRules.HasRequirementNotStarted(cutoffs);
        var reviewIsDue = CaseloadWarningRules.ReviewIsDue(cutoffs);
        var firstAppointmentCutoff = cutoffs.FirstAppointmentLateIfSentencedOnOrBefore;
        var overdueBefore = cutoffs.PlanOverdueIfFirstAttendedBefore;
        var dueBefore = cutoffs.PlanDueIfFirstAttendedBefore;

        OutcomeNotRecorded = p => db.Contacts.Where(c => c.PersonId == p.Id).Any(outcomeNotRecorded);

        // [measure] SL003: a live order past its first-appointment deadline with no attended face-to-face contact.
        FirstAppointmentLate = p => db.Orders.Any(o => o.PersonId == p.Id && o.ActualEndDate == null
            && o.SentenceDate <= firstAppointmentCutoff
            && !db.Contacts.Where(c => c.OrderId == o.Id).Any(attended));

        // [measure] SL006: no signed-off plan for a live order, counted from its first attended appointment.
        PlanOverdue = p => db.Orders.Any(o => o.PersonId == p.Id && o.ActualEndDate == null
            && !db.SentencePlans.Any(plan => plan.OrderId == o.Id && plan.SignedOffAt != null)
            && db.Contacts.Where(c => c.OrderId == o.Id && c.StartsAt < overdueBefore).Any(attended));

        PlanDue = p => db.Orders.Any(o => o.PersonId == p.Id && o.ActualEndDate == null
            && !db.SentencePlans.Any(plan => plan.OrderId == o.Id && plan.SignedOffAt != null)
            && db.Contacts.Where(c => c.OrderId == o.Id && c.StartsAt < dueBefore).Any(attended)
            && !db.Contacts.Where(c => c.OrderId == o.Id && c.StartsAt < overdueBefore).Any(attended));

        RequirementNotStarted = p => db.Orders.Where(o => o.PersonId == p.Id).Any(requirementNotStarted);

        FailureWithoutDecision = p => db.Orders.Where(o => o.PersonId == p.Id).Any(failureWithoutDecision);

        // [seed 000 §3.3, 002 §4] pace of any live order's RAR and unpaid work, worked out in the database.
        RarBehindPace = p => db.Orders.Where(o => o.PersonId == p.Id).Any(rarBehindPace);

        UnpaidWorkBehindPace = p => db.Orders.Where(o => o.PersonId == p.Id).Any(unpaidWorkBehindPace);

        ReviewDue = p => db.SentencePlans
            .Where(plan => plan.PersonId == p.Id && db.Orders.Any(o => o.Id == plan.OrderId && o.ActualEndDate == null))
            .Any(reviewIsDue);
    }

    public Expression<Func<PersonOnProbation, bool>> OutcomeNotRecorded { get; }

    public Expression<Func<PersonOnProbation, bool>> FirstAppointmentLate { get; }

    public Expression<Func<PersonOnProbation, bool>> PlanOverdue { get; }

    public Expression<Func<PersonOnProbation, bool>> PlanDue { get; }

    public Expression<Func<PersonOnProbation, bool>> RequirementNotStarted { get; }

    public Expression<Func<PersonOnProbation, bool>> FailureWithoutDecision { get; }

    public Expression<Func<PersonOnProbation, bool>> ReviewDue { get; }

    public Expression<Func<PersonOnProbation, bool>> RarBehindPace { get; }

    public Expression<Func<PersonOnProbation, bool>> UnpaidWorkBehindPace { get; }

    public Expression<Func<PersonOnProbation, bool>>? For(CaseloadWarning warning) => warning switch
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
        _ => null,
    };
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
