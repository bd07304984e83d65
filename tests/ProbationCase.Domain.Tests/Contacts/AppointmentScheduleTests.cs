using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Contacts;

/// <summary>Repeat bookings in London time [DOMAIN.md §3] and clashes with other contacts [seed 004 (Diana)].</summary>
public class AppointmentScheduleTests
{
    [Fact]
    public void Occurrences_WeeklyAcrossTheClocksGoingForward_KeepsTenAmLondonTime()
    {
        // The clocks went forward on Sunday 30 March 2025: 10am is 10:00 UTC before and 09:00 UTC after.
        var slots = AppointmentSchedule.Occurrences(new DateOnly(2025, 3, 24), new TimeOnly(10, 0), new TimeOnly(11, 0), RepeatFrequency.Weekly, 2);

        Assert.Equal(new DateTimeOffset(2025, 3, 24, 10, 0, 0, TimeSpan.Zero), slots[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero), slots[1].StartsAt);
        Assert.All(slots, slot => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(LondonClock.ToLondonTime(slot.StartsAt).DateTime)));
        Assert.All(slots, slot => Assert.Equal(TimeSpan.FromHours(1), slot.EndsAt - slot.StartsAt));
    }

    [Fact]
    public void Occurrences_FortnightlyAcrossTheClocksGoingBack_KeepsTheLondonTimeAndStepsFourteenDays()
    {
        // The clocks went back on Sunday 26 October 2025.
        var slots = AppointmentSchedule.Occurrences(new DateOnly(2025, 10, 20), new TimeOnly(14, 30), new TimeOnly(15, 0), RepeatFrequency.Fortnightly, 3);

        Assert.Equal([new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 17)], slots.Select(slot => slot.LondonDate));
        Assert.Equal(new DateTimeOffset(2025, 10, 20, 13, 30, 0, TimeSpan.Zero), slots[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 14, 30, 0, TimeSpan.Zero), slots[1].StartsAt);
    }

    [Theory]
    [InlineData(RepeatFrequency.Weekly, 1)]
    [InlineData(RepeatFrequency.Weekly, 13)]
    [InlineData(RepeatFrequency.Fortnightly, 0)]
    [InlineData(RepeatFrequency.DoesNotRepeat, 2)]
    public void Occurrences_CountOutOfRange_IsRefusedByRepeatCountRule(RepeatFrequency frequency, int times)
    {
        var refused = Assert.Throws<DomainException>(() =>
            AppointmentSchedule.Occurrences(new DateOnly(2025, 3, 24), new TimeOnly(10, 0), new TimeOnly(11, 0), frequency, times));

        Assert.Equal(new RepeatCountRule(frequency, times).Message, refused.Message);
    }

    [Fact]
    public void Occurrences_TwelveWeekly_IsTheMostAllowed()
    {
        var slots = AppointmentSchedule.Occurrences(new DateOnly(2025, 3, 24), new TimeOnly(10, 0), new TimeOnly(11, 0), RepeatFrequency.Weekly, AppointmentSchedule.MaximumOccurrences);

        Assert.Equal(12, slots.Count);
    }

    [Fact]
    public void Find_UnpaidWorkSessionAtTheSameTimeAsAnInduction_IsAClash()
    {
        // [seed 004 (Diana)] her UPW induction was booked at the time of a drug rehabilitation appointment.
        var order = CommunityOrder(RequirementTerms.UnpaidWork(200), RequirementTerms.Other(RequirementType.DrugRehabilitation));
        var session = Arrange(order, ContactType.UnpaidWorkSession, London(2024, 2, 5, 9, 0), order.UnpaidWork!.Id);
        var slot = AppointmentSchedule.Occurrences(new DateOnly(2024, 2, 5), new TimeOnly(9, 30), new TimeOnly(10, 30), RepeatFrequency.DoesNotRepeat, 1)[0];

        var clash = Assert.Single(AppointmentClashes.Find([slot], [session]));

        Assert.Same(session, clash.Existing);
    }

    [Fact]
    public void Find_BackToBackAppointments_DoNotClash()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        var earlier = order.ArrangeContact(
            new ContactArrangement(ContactType.OfficeAppointment, London(2024, 2, 5, 9, 0), true, ContactDeliverer.ResponsibleOfficer, Officer, EndsAt: London(2024, 2, 5, 10, 0)),
            London(2024, 1, 30));
        var slot = AppointmentSchedule.Occurrences(new DateOnly(2024, 2, 5), new TimeOnly(10, 0), new TimeOnly(11, 0), RepeatFrequency.DoesNotRepeat, 1)[0];

        Assert.Empty(AppointmentClashes.Find([slot], [earlier]));
    }

    [Fact]
    public void Find_ContactWithNoEndTime_IsTakenToLastTheAssumedHour()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        var untimed = Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 5, 9, 0));
        var withinHour = AppointmentSchedule.Occurrences(new DateOnly(2024, 2, 5), new TimeOnly(9, 59), new TimeOnly(10, 30), RepeatFrequency.DoesNotRepeat, 1)[0];
        var afterHour = AppointmentSchedule.Occurrences(new DateOnly(2024, 2, 5), new TimeOnly(10, 0), new TimeOnly(10, 30), RepeatFrequency.DoesNotRepeat, 1)[0];

        Assert.Single(AppointmentClashes.Find([withinHour], [untimed]));
        Assert.Empty(AppointmentClashes.Find([afterHour], [untimed]));
    }

    [Fact]
    public void Find_RescheduledContact_NoLongerClashes()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        var rescheduled = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 5, 9, 0)), ContactOutcome.Rescheduled);
        var slot = AppointmentSchedule.Occurrences(new DateOnly(2024, 2, 5), new TimeOnly(9, 0), new TimeOnly(10, 0), RepeatFrequency.DoesNotRepeat, 1)[0];

        Assert.Empty(AppointmentClashes.Find([slot], [rescheduled]));
    }

    [Theory]
    [InlineData(10, 0, 9, 30)]
    [InlineData(10, 0, 10, 0)]
    public void ArrangeContact_EndNotAfterStart_IsRefusedByContactEndsAfterItStartsRule(int startHour, int startMinute, int endHour, int endMinute)
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        var startsAt = London(2024, 2, 5, startHour, startMinute);
        var endsAt = London(2024, 2, 5, endHour, endMinute);

        var refused = Assert.Throws<DomainException>(() => order.ArrangeContact(
            new ContactArrangement(ContactType.OfficeAppointment, startsAt, true, ContactDeliverer.ResponsibleOfficer, Officer, EndsAt: endsAt), London(2024, 1, 30)));

        Assert.Equal(new ContactEndsAfterItStartsRule(startsAt, endsAt).Message, refused.Message);
    }

    [Fact]
    public void ArrangeContact_EndOnTheNextDay_IsRefused()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));

        Assert.Throws<DomainException>(() => order.ArrangeContact(
            new ContactArrangement(ContactType.OfficeAppointment, London(2024, 2, 5, 23, 0), true, ContactDeliverer.ResponsibleOfficer, Officer, EndsAt: London(2024, 2, 6, 0, 30)), London(2024, 1, 30)));
    }
}
