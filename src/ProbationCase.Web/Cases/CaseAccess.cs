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
