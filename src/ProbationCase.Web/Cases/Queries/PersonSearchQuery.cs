using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

public sealed record PersonSearchResult(Guid PersonId, string Name, string Crn, DateOnly DateOfBirth, string? ResponsibleOfficer);

public sealed record PersonSearchPage(IReadOnlyList<PersonSearchResult> Rows, CappedCount Count, int Page, int PageSize)
{
    /// <summary>The people the results page through: every match, or the first <see cref="PersonSearchQuery.CountCap"/>.</summary>
    public int Total => Count.Reachable;

    public bool IsMoreThanShown => Count.IsMoreThanCap;

    public int PageCount => Count.PageCount(PageSize);
}

/// <summary>
/// Find a person by CRN (exact, any case) or name (partial, any case) among the cases the user may
/// see [DOMAIN.md §12], paged in the database.
/// Reads the case summaries, so it costs the same whatever the size of each case; a common surname is
/// counted only up to <see cref="CountCap"/> (the user adds more of the name rather than paging on).
/// </summary>
public sealed class PersonSearchQuery(ProbationCaseDbContext db, CaseAccess access)
{
    public const int PageSize = 25;

    /// <summary>Past this many matches the page says "more than" and asks for more of the name or the CRN.</summary>
    public const int CountCap = 200;

    public async Task<PersonSearchPage> SearchAsync(string text, int page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var people = access.VisibleSummaries();
        if (Crn.TryParse(text, out var crn))
        {
            var value = crn.Value;
            people = people.Where(p => p.Crn == value);
        }
        else
        {
            var pattern = PersonSearch.ContainsPattern(text);
            people = people.Where(p => EF.Functions.ILike(p.FirstName + " " + p.LastName, pattern, "\\")
                || EF.Functions.ILike(p.LastName + " " + p.FirstName, pattern, "\\"));
        }

        var count = await CappedCount.CountAsync(people, CountCap, cancellationToken);
        page = count.ClampPage(page, PageSize);
        var rows = await people
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.PersonId)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new
            {
                p.PersonId,
                p.FirstName,
                p.LastName,
                p.Crn,
                p.DateOfBirth,
                Officer = db.Staff.Where(s => s.Id == p.ResponsibleOfficerId).Select(s => s.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PersonSearchPage(
            rows.Select(r => new PersonSearchResult(r.PersonId, $"{r.FirstName} {r.LastName}", r.Crn, r.DateOfBirth, r.Officer)).ToList(),
            count,
            page,
            PageSize);
    }
}
