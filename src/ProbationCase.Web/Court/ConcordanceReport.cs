using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Court;

/// <summary>One court's sentences in one month, against what the reports proposed [seed 003 Figure 9].</summary>
public sealed class ConcordanceRow
{
    public string Court { get; init; } = string.Empty;

    public int Year { get; init; }

    public int Month { get; init; }

    public int Sentenced { get; init; }

    public int Same { get; init; }

    public int MoreSevere { get; init; }

    public int LessSevere { get; init; }

    public int NoProposal { get; init; }

    public int Oral { get; init; }

    public int FastDelivery { get; init; }

    public int StandardDelivery { get; init; }

    /// <summary>Checks not back by the date of sentence: they became tasks for the RO [seed 001 §1.7–1.8].</summary>
    public int ChecksOutstanding { get; init; }

    public int ReportsWithChecksOutstanding { get; init; }
}

/// <summary>
/// Concordance of sentences passed with sentences proposed, per court and month [DOMAIN.md §10, seed 003
/// Figure 9], read from the concordance stored when each sentence was recorded. Grouped in SQL.
/// </summary>
public static class ConcordanceReport
{
    public static Task<List<ConcordanceRow>> ReadAsync(ProbationCaseDbContext db, string? court, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var courtFilter = court?.Trim() ?? string.Empty;
        return db.Database.SqlQuery<ConcordanceRow>($"""
            -- Aliases are snake_case: the context's naming convention maps ConcordanceRow's properties to them.
            SELECT r.court_name AS court,
                   CAST(EXTRACT(YEAR FROM r.sentenced_on) AS integer) AS year,
                   CAST(EXTRACT(MONTH FROM r.sentenced_on) AS integer) AS month,
                   CAST(COUNT(*) AS integer) AS sentenced,
                   CAST(COUNT(*) FILTER (WHERE r.concordance = 'Same') AS integer) AS same,
                   CAST(COUNT(*) FILTER (WHERE r.concordance = 'MoreSevere') AS integer) AS more_severe,
                   CAST(COUNT(*) FILTER (WHERE r.concordance = 'LessSevere') AS integer) AS less_severe,
                   CAST(COUNT(*) FILTER (WHERE r.concordance IS NULL) AS integer) AS no_proposal,
                   CAST(COUNT(*) FILTER (WHERE r.type = 'Oral') AS integer) AS oral,
                   CAST(COUNT(*) FILTER (WHERE r.type = 'FastDelivery') AS integer) AS fast_delivery,
                   CAST(COUNT(*) FILTER (WHERE r.type = 'StandardDelivery') AS integer) AS standard_delivery,
                   CAST(COALESCE(SUM(o.outstanding), 0) AS integer) AS checks_outstanding,
                   CAST(COUNT(o.report_id) AS integer) AS reports_with_checks_outstanding
            FROM pre_sentence_reports r
            LEFT JOIN (
                SELECT c.report_id, COUNT(*) AS outstanding
                FROM pre_sentence_checks c
                JOIN pre_sentence_reports s ON s.id = c.report_id
                WHERE c.returned_on IS NULL OR c.returned_on > s.sentenced_on
                GROUP BY c.report_id
            ) o ON o.report_id = r.id
            WHERE r.status = 'Sentenced' AND r.sentenced_on IS NOT NULL
              AND ({courtFilter} = '' OR r.court_name = {courtFilter})
            GROUP BY r.court_name, EXTRACT(YEAR FROM r.sentenced_on), EXTRACT(MONTH FROM r.sentenced_on)
            ORDER BY 2 DESC, 3 DESC, 1
            """).ToListAsync(cancellationToken);
    }

    public static readonly string[] CsvHeadings =
    [
        "Court", "Month", "Sentenced", "Same as proposed", "More severe", "Less severe", "No proposal",
        "Oral reports", "Fast delivery reports", "Standard delivery reports", "Checks outstanding at sentence", "Reports with checks outstanding",
    ];

    /// <summary>The report as CSV (through <see cref="CsvDownload"/>, which neutralises formulas).</summary>
    public static string ToCsv(IEnumerable<ConcordanceRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvDownload.Write(CsvHeadings, rows.Select(CsvCells));
    }

    private static string[] CsvCells(ConcordanceRow row) =>
    [
        row.Court,
        new DateOnly(row.Year, row.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Number(row.Sentenced), Number(row.Same), Number(row.MoreSevere), Number(row.LessSevere), Number(row.NoProposal),
        Number(row.Oral), Number(row.FastDelivery), Number(row.StandardDelivery), Number(row.ChecksOutstanding), Number(row.ReportsWithChecksOutstanding),
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
