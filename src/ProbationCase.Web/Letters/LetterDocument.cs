using System.Text.Json;

namespace ProbationCase.Web.Letters;

/// <summary>
/// A letter or printable as composed from the record: what is shown, printed and — once given — kept unchanged
/// as JSON in <see cref="Domain.Letters.IssuedLetter.Content"/>.
/// </summary>
public sealed record LetterDocument(string Title, DateOnly Date, string To, IReadOnlyList<string> Address, string From, IReadOnlyList<LetterSection> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LetterDocument FromJson(string json) =>
        JsonSerializer.Deserialize<LetterDocument>(json, Json) ?? throw new InvalidOperationException("A stored letter could not be read.");
}

/// <summary>A part of a letter: a heading, paragraphs, and label–value rows (dates, numbers).</summary>
public sealed record LetterSection(string? Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<LetterRow> Rows, string? Id = null)
{
    public static LetterSection Text(string? heading, params string[] paragraphs) => new(heading, paragraphs, []);
}

public sealed record LetterRow(string Label, string Value);
