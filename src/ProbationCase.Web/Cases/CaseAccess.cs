using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases;

public enum CaseAccessResult
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>
/// Who may see which case [DOMAIN.md §12]: every list and search starts from <see cref="VisiblePeople"/>,
/// so a restricted case never leaves the database for excluded staff; a direct link is refused and
/// every permitted view is written to the audit trail.
/// </summary>
public sealed class CaseAccess(ProbationCaseDbContext db, CurrentStaff staff, AuditTrail audit)
{
    public IQueryable<PersonOnProbation> VisiblePeople() =>
        db.People.AsNoTracking().Where(PersonOnProbation.VisibleTo(staff.UserId));

    /// <summary>
    /// The case summaries the signed-in user may see: an unlimited case needs no further test (the summary's marker);
    /// a limited one is checked against its access lists by the domain's own <see cref="PersonOnProbation.VisibleTo"/>.
    /// </summary>
    public IQueryable<Domain.Caseload.CaseSummary> VisibleSummaries()
    {
        var visible = db.People.Where(PersonOnProbation.VisibleTo(staff.UserId));
        return db.CaseSummaries.AsNoTracking()
            .Where(s => s.AccessLimitation == Domain.Access.AccessLimitation.None || visible.Any(p => p.Id == s.PersonId));
    }

    /// <summary>Checks the signed-in user may open the case and, if so and <paramref name="recordView"/>, records the view.</summary>
    public async Task<CaseAccessResult> OpenAsync(Guid personId, string what, bool recordView, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { Visible = db.People.Where(PersonOnProbation.VisibleTo(staff.UserId)).Any(v => v.Id == p.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return CaseAccessResult.NotFound;
        if (!person.Visible) return CaseAccessResult.Forbidden;
        if (recordView) await audit.RecordCaseViewedAsync(personId, what, cancellationToken);
        return CaseAccessResult.Allowed;
    }
}
