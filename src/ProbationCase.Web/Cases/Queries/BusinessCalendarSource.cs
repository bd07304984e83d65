using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>
/// The §7 deadlines over the administrator-edited bank holiday table, read once per request
/// (the table is small: a dozen dates a year).
/// </summary>
public sealed class CaseDeadlinesSource(ProbationCaseDbContext db, TimelinessPolicy policy)
{
    private CaseDeadlines? _deadlines;

    public TimelinessPolicy Policy { get; } = policy;

    public async Task<CaseDeadlines> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_deadlines is null)
        {
            var holidays = await db.BankHolidays.AsNoTracking().Select(holiday => holiday.Date).ToListAsync(cancellationToken);
            _deadlines = new CaseDeadlines(new BusinessCalendar(holidays), Policy);
        }

        return _deadlines;
    }
}
