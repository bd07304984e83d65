namespace ProbationCase.Domain.Letters;

/// <summary>The printables the service produces from the record [DOMAIN.md §9; seed 000 F18].</summary>
public enum LetterKind
{
    /// <summary>[seed 000 F18] what the order requires, in plain English, given at induction.</summary>
    InductionSummary = 1,
    AppointmentLetter = 2,

    /// <summary>[statute: CJA 2003 Sch 8 para 5(2)] the warning, dated the day it was given.</summary>
    WarningLetter = 3,
    BreachPack = 4,
}

/// <summary>
/// A letter or printable as it was given: generated from the record and kept unchanged, so the case shows
/// exactly what the person (or the court) received, even after the record moves on. Its own aggregate.
/// </summary>
public sealed class IssuedLetter : Entity
{
    public const int MaximumContentLength = 100_000;

    private IssuedLetter() { }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    public LetterKind Kind { get; private set; }

    /// <summary>What the letter is about: the contact (appointment), warning or breach decision; null for an induction summary.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The date the letter carries: for a warning letter the day the warning was given [statute: Sch 8 para 6].</summary>
    public DateOnly LetterDate { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The composed letter, serialised; rendered again exactly as it was given.</summary>
    public string Content { get; private set; } = string.Empty;

    public Guid IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public static IssuedLetter Issue(Guid personId, Guid orderId, LetterKind kind, Guid? subjectId, DateOnly letterDate, string title, string content, Guid issuedBy, DateTimeOffset now)
    {
        BusinessRule.Check(new TextIsRequiredRule(title, "A letter needs a title."));
        BusinessRule.Check(new LetterContentWithinLimitRule(content));
        return new IssuedLetter
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            OrderId = orderId,
            Kind = kind,
            SubjectId = subjectId,
            LetterDate = letterDate,
            Title = title.Trim(),
            Content = content,
            IssuedBy = issuedBy,
            IssuedAt = now.ToUniversalTime(),
        };
    }
}

public sealed class LetterContentWithinLimitRule(string? content) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(content) || content.Length > IssuedLetter.MaximumContentLength;

    public string Message => "The letter is empty or too long to keep.";
}
