using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Persistence.Configurations;

namespace ProbationCase.Web.Court;

/// <summary>Who and what a report is about: the caption on every page of the report.</summary>
public sealed record ReportHeading(Guid Id, Guid PersonId, Domain.People.Crn Crn, string PersonName, PsrType Type, string CourtName, DateOnly HearingDate, PsrStatus Status, uint Version);

public sealed record ReportOffence(string Description, DateOnly OffenceDate);

public sealed record ReportCheck(
    PreSentenceCheckKind Kind, DateOnly? RequestedOn, IReadOnlyCollection<DateOnly> ChasedOn, DateOnly? ReturnedOn, string? Result, bool OutstandingToldToCourt, DateOnly? ToldToCourtOn, uint Version)
{
    public bool IsReturned => ReturnedOn is not null;

    public bool IsResolved => IsReturned || OutstandingToldToCourt;

    public string State => this switch
    {
        { IsReturned: true } => "Returned",
        { OutstandingToldToCourt: true } => "Outstanding – court told",
        { ChasedOn.Count: > 0 } => "Chased",
        { RequestedOn: not null } => "Requested",
        _ => "Not requested",
    };
}

public sealed record ReportProposedRequirement(RequirementType Type, int? Quantity, string? ProgrammeName, string? Details);

public sealed record ReportProposal(SentenceKind Sentence, int? LengthInMonths, string Rationale, IReadOnlyList<ReportProposedRequirement> Requirements, IReadOnlyList<string> RarActivities)
{
    public int? RarDays => Requirements.FirstOrDefault(r => r.Type == RequirementType.RehabilitationActivity)?.Quantity;
}

public sealed record OrderRequirementLine(RequirementType Type, int? Quantity, string? ProgrammeName, string? Details);

public sealed record CaseQueuePlace(AllocationStatus Status, string? TeamName);

/// <summary>Everything the report page shows, read in a few projections (no aggregate is loaded to show it).</summary>
public sealed record ReportOverview(
    ReportHeading Heading,
    DateOnly DateOfBirth,
    PsrAssessment Assessment,
    string? TypedRecord,
    DateOnly? DeliveredOn,
    SentenceKind? SentencePassed,
    int? PassedLengthInMonths,
    DateOnly? SentencedOn,
    Concordance? Concordance,
    Guid? OrderId,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ReportOffence> Offences,
    IReadOnlyList<ReportCheck> Checks,
    ReportProposal? Proposal,
    IReadOnlyList<OrderRequirementLine> OrderRequirements,
    CaseQueuePlace Queue)
{
    public static async Task<ReportHeading?> HeadingAsync(ProbationCaseDbContext db, Guid id, CancellationToken cancellationToken = default) =>
        await db.PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new ReportHeading(
                r.Id, p.Id, p.Crn, p.FirstName + " " + p.LastName, r.Type, r.CourtName, r.HearingDate, r.Status,
                EF.Property<uint>(r, ConcurrencyVersion.PropertyName)))
            .SingleOrDefaultAsync(cancellationToken);

    public static async Task<ReportOverview?> ReadAsync(ProbationCaseDbContext db, Guid id, CancellationToken cancellationToken = default)
    {
        var heading = await HeadingAsync(db, id, cancellationToken);
        if (heading is null)
        {
            return null;
        }

        var report = await db.PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new
            {
                r.Assessment,
                r.TypedRecord,
                r.DeliveredOn,
                r.SentencePassed,
                r.PassedLengthInMonths,
                r.SentencedOn,
                r.Concordance,
                r.OrderId,
                r.ClosedAt,
                Offences = r.Offences.OrderBy(o => o.OffenceDate).Select(o => new ReportOffence(o.Description, o.OffenceDate)).ToList(),
            })
            .SingleAsync(cancellationToken);

        var checks = await db.PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == id)
            .SelectMany(r => r.Checks)
            .OrderBy(c => c.Kind)
            .Select(c => new ReportCheck(c.Kind, c.RequestedOn, c.ChasedOn, c.ReturnedOn, c.Result, c.OutstandingToldToCourt, c.ToldToCourtOn,
                EF.Property<uint>(c, ConcurrencyVersion.PropertyName)))
            .ToListAsync(cancellationToken);

        var proposal = await db.PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == id && r.Proposal != null)
            .Select(r => new ReportProposal(
                r.Proposal!.Sentence,
                r.Proposal.LengthInMonths,
                r.Proposal.Rationale,
                r.Proposal.Requirements.OrderBy(q => q.Type).Select(q => new ReportProposedRequirement(q.Type, q.Quantity, q.ProgrammeName, q.Details)).ToList(),
                r.Proposal.RarActivities.OrderBy(a => a.Name).Select(a => a.Name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

        var orderRequirements = report.OrderId is { } orderId
            ? await OrderRequirementsAsync(db, orderId, cancellationToken)
            : [];

        var queue = await db.People.AsNoTracking()
            .Where(p => p.Id == heading.PersonId)
            .Select(p => new CaseQueuePlace(p.AllocationStatus, db.Teams.Where(t => t.Id == p.TeamId).Select(t => t.Name).FirstOrDefault()))
            .SingleAsync(cancellationToken);

        var dateOfBirth = await db.People.AsNoTracking().Where(p => p.Id == heading.PersonId).Select(p => p.DateOfBirth).SingleAsync(cancellationToken);

        return new ReportOverview(
            heading, dateOfBirth, report.Assessment, report.TypedRecord, report.DeliveredOn, report.SentencePassed, report.PassedLengthInMonths,
            report.SentencedOn, report.Concordance, report.OrderId, report.ClosedAt, report.Offences, checks, proposal, orderRequirements, queue);
    }

    /// <summary>The requirements of the order the sentence created, read back from the database.</summary>
    public static Task<List<OrderRequirementLine>> OrderRequirementsAsync(ProbationCaseDbContext db, Guid orderId, CancellationToken cancellationToken = default) =>
        db.Set<Requirement>().AsNoTracking()
            .Where(r => r.OrderId == orderId)
            .OrderBy(r => r.Type)
            .Select(r => new OrderRequirementLine(
                r.Type,
                r is RarRequirement ? ((RarRequirement)r).MaximumDays
                    : r is UnpaidWorkRequirement ? ((UnpaidWorkRequirement)r).HoursOrdered
                    : r is AccreditedProgrammeRequirement ? ((AccreditedProgrammeRequirement)r).SessionsRequired
                    : r is GeneralRequirement ? ((GeneralRequirement)r).LengthInDays
                    : null,
                r is AccreditedProgrammeRequirement ? ((AccreditedProgrammeRequirement)r).ProgrammeName : null,
                r is GeneralRequirement ? ((GeneralRequirement)r).Details : null))
            .ToListAsync(cancellationToken);
}
