using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Contacts;

/// <summary>How often a booking repeats.</summary>
public enum RepeatFrequency
{
    DoesNotRepeat = 0,
    Weekly = 1,
    Fortnightly = 2,
}

/// <summary>One appointment's time: London wall-clock start and end, held as UTC instants.</summary>
public sealed record AppointmentSlot(DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public DateOnly LondonDate => LondonClock.DateOf(StartsAt);
}

/// <summary>
/// The dates of a repeat booking: the same London wall-clock time every week or fortnight, so a series that crosses a
/// change of the clocks keeps its hour (10am stays 10am; the UTC instant moves) [DOMAIN.md §3].
/// </summary>
public static class AppointmentSchedule
{
    /// <summary>[policy] the most appointments one repeat booking makes: a quarter of weekly reporting.</summary>
    public const int MaximumOccurrences = 12;

    public static IReadOnlyList<AppointmentSlot> Occurrences(DateOnly firstDate, TimeOnly start, TimeOnly end, RepeatFrequency frequency, int times)
    {
        BusinessRule.Check(new RepeatCountRule(frequency, times));
        var step = frequency == RepeatFrequency.Fortnightly ? 14 : 7;
        return Enumerable.Range(0, frequency == RepeatFrequency.DoesNotRepeat ? 1 : times)
            .Select(i => firstDate.AddDays(i * step))
            .Select(date => new AppointmentSlot(LondonClock.ToUtc(date, start), LondonClock.ToUtc(date, end)))
            .ToList();
    }
}

// [policy] a repeat booking makes from 2 to 12 appointments; a single booking makes one.
public sealed class RepeatCountRule(RepeatFrequency frequency, int times) : IBusinessRule
{
    public bool IsBroken() => !Enum.IsDefined(frequency)
        || (frequency == RepeatFrequency.DoesNotRepeat ? times != 1 : times is < 2 or > AppointmentSchedule.MaximumOccurrences);

    public string Message => $"The number of appointments must be between 2 and {AppointmentSchedule.MaximumOccurrences}.";
}

/// <summary>An appointment to be booked whose time overlaps a contact the person already has.</summary>
public sealed record AppointmentClash(AppointmentSlot Slot, Contact Existing);

/// <summary>
/// [seed 004 (Diana)] a person cannot be in two places at once: an unpaid work induction booked at the time of a drug
/// rehabilitation appointment was missed, and so were later sessions. Before a booking is saved, every appointment in
/// it is compared with the person's other contacts (unpaid work sessions included) and overlaps are shown.
/// </summary>
public static class AppointmentClashes
{
    /// <summary>
    /// How far before the first new appointment an existing contact can start and still overlap it: a contact ends on
    /// the day it starts (<see cref="ContactEndsAfterItStartsRule"/>), so a day is enough to narrow a query.
    /// </summary>
    public static readonly TimeSpan LookBehind = TimeSpan.FromDays(1);

    /// <summary>Two times overlap when each starts before the other ends; back-to-back appointments do not clash.</summary>
    public static bool Overlap(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset otherStartsAt, DateTimeOffset otherEndsAt) =>
        startsAt < otherEndsAt && otherStartsAt < endsAt;

    /// <summary>Each new appointment's clashes with <paramref name="existing"/>; a rescheduled contact no longer takes place.</summary>
    public static IReadOnlyList<AppointmentClash> Find(IEnumerable<AppointmentSlot> slots, IEnumerable<Contact> existing)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(existing);
        var taking = existing.Where(contact => contact.Outcome != ContactOutcome.Rescheduled).ToList();
        return slots
            .SelectMany(slot => taking
                .Where(contact => Overlap(slot.StartsAt, slot.EndsAt, contact.StartsAt, contact.EndsOrAssumedToEndAt))
                .OrderBy(contact => contact.StartsAt)
                .Select(contact => new AppointmentClash(slot, contact)))
            .ToList();
    }
}
