namespace ProbationCase.Web.Cases;

/// <summary>The case record's sub-navigation: which person, and which tab is open.</summary>
public sealed record CaseNavigation(Guid PersonId, string Current)
{
    public IReadOnlyList<(string Text, string Href)> Links { get; } =
    [
        ("Overview", $"/Cases/{PersonId}"),
        ("Activity log", $"/Cases/{PersonId}/Activity"),
        ("Sentence plan", $"/Cases/{PersonId}/Plan"),
        ("Oversight", $"/Cases/{PersonId}/Oversight"),
    ];
}
