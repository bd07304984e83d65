using Microsoft.EntityFrameworkCore;

namespace ProbationCase.Web;

/// <summary>
/// A list's total, counted only as far as a cap: past a thousand rows nobody pages through a list, they
/// narrow it, and an exact national count costs a read of every match on every view. The query counts
/// at most <c>cap + 1</c> rows, so the database stops early and the page can still say "more than N".
/// </summary>
public readonly record struct CappedCount(int Counted, int Cap)
{
    /// <summary>True when there are more rows than the cap; the list then shows the first <see cref="Cap"/> only.</summary>
    public bool IsMoreThanCap => Counted > Cap;

    /// <summary>The rows the list will page through: all of them, or the first <see cref="Cap"/>.</summary>
    public int Reachable => Math.Min(Counted, Cap);

    public int PageCount(int pageSize) => Math.Max(1, (Reachable + pageSize - 1) / pageSize);

    /// <summary>The page asked for, kept within the pages there are.</summary>
    public int ClampPage(int page, int pageSize) => Math.Clamp(page, 1, PageCount(pageSize));

    public static async Task<CappedCount> CountAsync<T>(IQueryable<T> rows, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        return new CappedCount(await rows.Take(cap + 1).CountAsync(cancellationToken), cap);
    }
}
