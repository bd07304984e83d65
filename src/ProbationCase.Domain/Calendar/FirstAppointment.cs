namespace ProbationCase.Domain.Calendar;

/// <summary>
/// [measure] NPS SL003; [seed 001 §2.6] whether the first face-to-face appointment after sentence was (or
/// is) late. Kept on the case once the person has been seen: the caseload's "first appointment late"
/// asks for action while the person is still waiting; this is the record that it happened late.
/// </summary>
public sealed record FirstAppointment(DateOnly DueBy, DateOnly? SeenOn, bool IsLate)
{
    public bool IsWaiting => SeenOn is null;

    /// <param name="sentenceDate">The start of the deadline, as the caseload warning counts it.</param>
    /// <param name="firstAttendedFaceToFace">The first attended face-to-face contact on the order, if any.</param>
    public static FirstAppointment For(DateOnly sentenceDate, DateTimeOffset? firstAttendedFaceToFace, DateOnly today, CaseDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Of(deadlines.FirstAppointmentDue(sentenceDate), firstAttendedFaceToFace is { } at ? LondonClock.DateOf(at) : null, today);
    }

    /// <summary>From the due day and the day first seen (as a case summary keeps them): late if seen after it, or still unseen once it has passed.</summary>
    public static FirstAppointment Of(DateOnly dueBy, DateOnly? seenOn, DateOnly today) =>
        new(dueBy, seenOn, seenOn is { } seen ? seen > dueBy : today > dueBy);
}
