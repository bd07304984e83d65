using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Court;

/// <summary>
/// Issues the CRN of a person new to probation [DOMAIN.md §2]: one letter and six digits not yet in use.
/// The service issues it, not the court officer: a CRN typed for a "new" person would otherwise tell the
/// officer whether someone they may not see (a restricted case) already has it.
/// </summary>
public sealed class CrnIssuer(ProbationCaseDbContext db)
{
    private const int Attempts = 20;

    public async Task<Crn> NextAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var letter = (char)('A' + RandomNumberGenerator.GetInt32(26));
            var candidate = Crn.Parse(string.Create(CultureInfo.InvariantCulture, $"{letter}{RandomNumberGenerator.GetInt32(1_000_000):D6}"));
            if (!await db.People.AnyAsync(p => p.Crn == candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No unused CRN found; the CRN space is nearly full.");
    }
}
