using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.CaseSummaries;

/// <summary>Reads whole cases (<see cref="CaseFile"/>) as stored, untracked, a batch at a time: one query per aggregate type.</summary>
public static class CaseFiles
{
    public static async Task<IReadOnlyList<CaseFile>> LoadAsync(ProbationCaseDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var people = await db.People.AsNoTracking().AsSplitQuery()
            .Include(p => p.Allocations)
            .Include(p => p.AccessEntries)
            .Where(p => ids.Contains(p.Id))
            .ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions)
            .Include(o => o.Failures)
            .Include(o => o.Warnings)
            .Include(o => o.Decisions)
            .Where(o => ids.Contains(o.PersonId))
            .ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => ids.Contains(c.PersonId))
            .ToListAsync(cancellationToken);
        var plans = await db.SentencePlans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Objectives)
            .Include(p => p.Reviews)
            .Include(p => p.Triggers)
            .Where(p => ids.Contains(p.PersonId))
            .ToListAsync(cancellationToken);
        var oversight = await db.ManagementOversight.AsNoTracking()
            .Include(o => o.Actions)
            .Where(o => ids.Contains(o.PersonId))
            .ToListAsync(cancellationToken);

        var ordersOf = orders.ToLookup(o => o.PersonId);
        var contactsOf = contacts.ToLookup(c => c.PersonId);
        var plansOf = plans.ToLookup(p => p.PersonId);
        var oversightOf = oversight.ToLookup(o => o.PersonId);
        return people
            .Select(person => new CaseFile(person, [.. ordersOf[person.Id]], [.. contactsOf[person.Id]], [.. plansOf[person.Id]], [.. oversightOf[person.Id]]))
            .ToList();
    }
}
