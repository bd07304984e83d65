using Microsoft.AspNetCore.WebUtilities;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>One numbered link in a GOV.UK pagination block; null page number means an ellipsis.</summary>
public sealed record PaginationItem(int? Number, string? Href, bool IsCurrent);

/// <summary>GOV.UK pagination: previous, numbers around the current page with ellipses, next.</summary>
public sealed record Pagination(string? PreviousHref, string? NextHref, IReadOnlyList<PaginationItem> Items)
{
    /// <summary>Builds the links; <paramref name="hrefFor"/> gives the URL of a page number.</summary>
    public static Pagination For(int page, int pageCount, Func<int, string> hrefFor)
    {
        ArgumentNullException.ThrowIfNull(hrefFor);
        var items = new List<PaginationItem>();
        int? last = null;
        for (var number = 1; number <= pageCount; number++)
        {
            var show = number == 1 || number == pageCount || Math.Abs(number - page) <= 1;
            if (!show)
            {
                continue;
            }

            if (last is { } previous && number - previous > 1)
            {
                items.Add(new PaginationItem(null, null, false));
            }

            items.Add(new PaginationItem(number, hrefFor(number), number == page));
            last = number;
        }

        return new Pagination(
            page > 1 ? hrefFor(page - 1) : null,
            page < pageCount ? hrefFor(page + 1) : null,
            pageCount > 1 ? items : []);
    }
}

/// <summary>Builds GET links that keep the current filters and change one value.</summary>
public static class QueryLinks
{
    public static string With(string path, IEnumerable<KeyValuePair<string, string?>> values, params (string Key, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = values.Where(pair => !string.IsNullOrEmpty(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (string.IsNullOrEmpty(value))
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value;
            }
        }

        return QueryHelpers.AddQueryString(path, merged);
    }
}
