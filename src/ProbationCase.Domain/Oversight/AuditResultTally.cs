namespace ProbationCase.Domain.Oversight;

/// <summary>Counts of answers to one question, as a query returns them (not-applicable answers already left out).</summary>
public sealed record AuditAnswerCount(string QuestionCode, int Answered, int Yes);

/// <summary>
/// The same "% yes" as <see cref="CaseAuditResults.PercentYes"/> from counts a query grouped in SQL, so a team's
/// results never need every audit loaded [DOMAIN.md §11, seed 002 Annex 2].
/// </summary>
public static class AuditResultTally
{
    public static IReadOnlyList<AuditQuestionResult> FromCounts(IEnumerable<AuditAnswerCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byCode = counts.ToDictionary(count => count.QuestionCode);
        return InspectionQuestions.All
            .Select(question =>
            {
                var count = byCode.GetValueOrDefault(question.Code) ?? new AuditAnswerCount(question.Code, 0, 0);
                decimal? percent = count.Answered == 0 ? null : decimal.Round(100m * count.Yes / count.Answered, 0, MidpointRounding.AwayFromZero);
                return new AuditQuestionResult(question, count.Answered, count.Yes, percent);
            })
            .ToList();
    }
}
