using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;

namespace ProbationCase.Domain.Requirements;

/// <summary>
/// The RAR counting rule [DOMAIN.md §4], in one place. Contacts are their own aggregate (thousands per
/// order), so they are passed in; only those linked to the order's RAR are used.
/// </summary>
public static class RarLedger
{
    public static RarProgress Calculate(Order order, IEnumerable<Contact> contacts, DateTimeOffset now, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(policy);
        var rar = order.Rar ?? throw new DomainException("This order has no RAR.");
        var today = LondonClock.DateOf(now);
        var rarContacts = contacts
            .Where(contact => contact.OrderId == order.Id && contact.RequirementId == rar.Id)
            .OrderBy(contact => contact.StartsAt)
            .ToList();

        // [seed 000 §1.2, §3.3] nothing counts after the termination date.
        bool AfterTermination(Contact contact) => order.ActualEndDate is { } end && contact.LondonDate > end;

        // [seed 000 §1.2, §5.5] an activity day is a London date with ≥1 RAR activity attended and complied; duration does not matter.
        var delivered = rarContacts
            .Where(contact => contact.Type == ContactType.RarActivity
                && contact.Outcome == ContactOutcome.AttendedComplied
                && !AfterTermination(contact))
            .ToList();

        // [seed 000 §5.5] same-day rule: several activities on one date are one day, each kept as its own contact.
        var days = delivered
            .GroupBy(contact => contact.LondonDate)
            .OrderBy(group => group.Key)
            .ToList();

        // [seed 000 §5.5] days never exceed the maximum; later activity is kept and shown as over the maximum.
        var counted = days.Take(rar.MaximumDays)
            .Select((group, index) => new RarActivityDay(group.Key, index + 1, [.. group]))
            .ToList();
        var overMaximum = days.Skip(rar.MaximumDays)
            .Select(group => new RarActivityDay(group.Key, null, [.. group]))
            .ToList();

        // [seed 000 §5.5] RAR appointments (induction, planning, review, compliance) are part of the RAR but count no days.
        var appointments = rarContacts.Where(contact => contact.Type == ContactType.RarAppointment).ToList();

        var deliveredDates = counted.Select(day => day.Date).ToHashSet();
        var booked = rarContacts
            .Where(contact => contact.Type == ContactType.RarActivity && contact.Outcome is null && contact.StartsAt > now && !AfterTermination(contact))
            .ToList();
        var bookedDays = booked.Select(contact => contact.LondonDate).Where(date => !deliveredDates.Contains(date)).Distinct().Count();

        var activitiesAfterTermination = rarContacts
            .Where(contact => contact.Type == ContactType.RarActivity && AfterTermination(contact))
            .ToList();

        var daysDelivered = counted.Count;
        return new RarProgress(
            rar.Id,
            rar.MaximumDays,
            daysDelivered,
            bookedDays,
            rar.MaximumDays - daysDelivered,
            Math.Max(0, order.EndDate.DayNumber - today.DayNumber),
            counted,
            overMaximum,
            appointments,
            booked,
            activitiesAfterTermination,
            Pace(order, rar, daysDelivered, today, policy),
            NoActivityWithinFourWeeks(order, counted, today, policy));
    }

    // [seed 000 §3.3 (Huddersfield)] pace: delivered against the pro-rata share of the order's time elapsed.
    private static RarPace Pace(Order order, RarRequirement rar, int daysDelivered, DateOnly today, TimelinessPolicy policy)
    {
        var expected = RarProRata.ExpectedDaysByNow(rar.MaximumDays, order.StartDate, order.ExpectedEndDate, today);
        var isBehind = BehindPaceFrom(order, rar, daysDelivered, policy) is { } from && from <= today;
        return new RarPace(expected, daysDelivered, policy.RarPaceMarginDays, isBehind);
    }

    /// <summary>
    /// [seed 000 §3.3 (Huddersfield); policy margin] the first date on which the RAR trails pro-rata pace with the days
    /// delivered so far (decided exactly by <see cref="ProRataPace"/>; the rounded expected figure is for display);
    /// null for an ended order or a finished RAR (completed, with any shortfall explained), or when it never trails.
    /// </summary>
    public static DateOnly? BehindPaceFrom(Order order, RarRequirement rar, int daysDelivered, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rar);
        ArgumentNullException.ThrowIfNull(policy);
        if (order.HasEnded || rar.IsFinished)
        {
            return null;
        }

        var totalDays = Math.Max(1, order.ExpectedEndDate.DayNumber - order.StartDate.DayNumber);
        return ProRataPace.FirstDayTrailing(daysDelivered, policy.RarPaceMarginDays, rar.MaximumDays, order.StartDate, totalDays);
    }

    // [seed 001 §2.23] a RAR with no activity 4 weeks after sentence is flagged.
    private static bool NoActivityWithinFourWeeks(Order order, List<RarActivityDay> counted, DateOnly today, TimelinessPolicy policy)
    {
        var due = order.SentenceDate.AddDays(policy.FirstRarActivityWithinDays);
        return counted.Count > 0 ? counted[0].Date > due : today > due;
    }
}

/// <summary>Everything a RAR days page shows [DOMAIN.md §4].</summary>
public sealed record RarProgress(
    Guid RequirementId,
    int MaximumDays,
    int DaysDelivered,
    int DaysBooked,
    int DaysRemaining,
    int DaysOfOrderLeft,
    IReadOnlyList<RarActivityDay> ActivityDays,
    IReadOnlyList<RarActivityDay> OverMaximumDays,
    IReadOnlyList<Contact> Appointments,
    IReadOnlyList<Contact> BookedActivities,
    IReadOnlyList<Contact> ActivitiesAfterTermination,
    RarPace Pace,
    bool NoActivityWithinFourWeeksOfSentence);

/// <summary>One London date with the RAR activities on it; <see cref="DayNumber"/> is null when over the maximum.</summary>
public sealed record RarActivityDay(DateOnly Date, int? DayNumber, IReadOnlyList<Contact> Contacts)
{
    public bool IsOverMaximum => DayNumber is null;
}

public sealed record RarPace(decimal ExpectedDaysByNow, int DaysDelivered, decimal MarginDays, bool IsBehind);
