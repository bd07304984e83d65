using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>
/// Reference data every environment needs: the published England and Wales bank holidays
/// [DOMAIN.md §7]. Only missing dates are added, so an administrator's own entries are kept.
/// </summary>
public sealed class ReferenceDataSeeder(ProbationCaseDbContext db)
{
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var known = await db.BankHolidays.Select(b => b.Date).ToListAsync(cancellationToken);
        var missing = EnglandAndWalesBankHolidays.All.Where(h => !known.Contains(h.Date)).ToList();
        if (missing.Count == 0) return;
        db.BankHolidays.AddRange(missing.Select(h => BankHoliday.Create(h.Date, h.Name)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
