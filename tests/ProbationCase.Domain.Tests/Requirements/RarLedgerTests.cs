using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Requirements;

public class RarLedgerTests
{
    private static readonly DateTimeOffset Now = London(2024, 8, 1);

    [Fact]
    public void Calculate_DavidWorkedExample_21DaysDeliveredAndThreeAppointmentsNotCounted()
    {
        // [seed 000 §5.5] 25 days ordered; induction, planning and review are RAR appointments; 21 activity days.
        var order = OrderWithRar(25);
        var contacts = new List<Contact>
        {
            AttendedRarAppointment(order, London(2024, 1, 10)),
            AttendedRarAppointment(order, London(2024, 1, 17)),
            AttendedRarAppointment(order, London(2024, 5, 1)),
        };
        for (var week = 0; week < 21; week++)
        {
            contacts.Add(AttendedRarActivity(order, London(2024, 1, 16).AddDays(7 * week)));
        }

        var progress = RarLedger.Calculate(order, contacts, Now, TimelinessPolicy.Default);

        Assert.Equal((25, 21, 4, 3), (progress.MaximumDays, progress.DaysDelivered, progress.DaysRemaining, progress.Appointments.Count));
    }

    [Fact]
    public void Calculate_ThreeActivitiesOnOneDate_OneDayWithThreeContacts()
    {
        var order = OrderWithRar();
        Contact[] contacts =
        [
            AttendedRarActivity(order, London(2024, 2, 6, 9)),
            AttendedRarActivity(order, London(2024, 2, 6, 13)),
            AttendedRarActivity(order, London(2024, 2, 6, 16)),
        ];

        var progress = RarLedger.Calculate(order, contacts, Now, TimelinessPolicy.Default);

        Assert.Equal(1, progress.DaysDelivered);
        Assert.Equal(3, Assert.Single(progress.ActivityDays).Contacts.Count);
    }

    [Fact]
    public void Calculate_ActivityAfterMaximumReached_KeptAsOverMaximumNotCounted()
    {
        var order = OrderWithRar(2);
        Contact[] contacts =
        [
            AttendedRarActivity(order, London(2024, 2, 6)),
            AttendedRarActivity(order, London(2024, 2, 13)),
            AttendedRarActivity(order, London(2024, 2, 20)),
        ];

        var progress = RarLedger.Calculate(order, contacts, Now, TimelinessPolicy.Default);

        Assert.Equal(2, progress.DaysDelivered);
        var over = Assert.Single(progress.OverMaximumDays);
        Assert.Equal((new DateOnly(2024, 2, 20), true), (over.Date, over.IsOverMaximum));
    }

    [Fact]
    public void Calculate_RarAppointmentsOnly_NoDaysDelivered()
    {
        var order = OrderWithRar();
        Contact[] contacts = [AttendedRarAppointment(order, London(2024, 1, 10)), AttendedRarAppointment(order, London(2024, 1, 17))];

        var progress = RarLedger.Calculate(order, contacts, Now, TimelinessPolicy.Default);

        Assert.Equal((0, 2), (progress.DaysDelivered, progress.Appointments.Count));
    }

    [Fact]
    public void Calculate_ActivityNotComplied_NotCounted()
    {
        var order = OrderWithRar();
        var failed = WithOutcome(Arrange(order, ContactType.RarActivity, London(2024, 2, 6), order.Rar!.Id), ContactOutcome.AttendedFailedToComply);

        var progress = RarLedger.Calculate(order, [failed], Now, TimelinessPolicy.Default);

        Assert.Equal(0, progress.DaysDelivered);
    }

    [Fact]
    public void Calculate_ActivityLateEveningUtcInSummer_CountsOnLondonDate()
    {
        // 23:30 UTC on 5 June is 00:30 on 6 June in London; with a 6 June activity it is one day.
        var order = OrderWithRar();
        var lateUtc = WithOutcome(
            Arrange(order, ContactType.RarActivity, new DateTimeOffset(2024, 6, 5, 23, 30, 0, TimeSpan.Zero), order.Rar!.Id),
            ContactOutcome.AttendedComplied);
        var sameLondonDay = AttendedRarActivity(order, London(2024, 6, 6, 14));

        var progress = RarLedger.Calculate(order, [lateUtc, sameLondonDay], Now, TimelinessPolicy.Default);

        Assert.Equal(new DateOnly(2024, 6, 6), Assert.Single(progress.ActivityDays).Date);
    }

    [Fact]
    public void Calculate_FutureActivities_ShownAsBookedDays()
    {
        var order = OrderWithRar();
        Contact[] contacts =
        [
            Arrange(order, ContactType.RarActivity, London(2024, 8, 6), order.Rar!.Id),
            Arrange(order, ContactType.RarActivity, London(2024, 8, 6, 14), order.Rar!.Id),
            Arrange(order, ContactType.RarActivity, London(2024, 8, 13), order.Rar!.Id),
        ];

        var progress = RarLedger.Calculate(order, contacts, Now, TimelinessPolicy.Default);

        Assert.Equal((2, 0), (progress.DaysBooked, progress.DaysDelivered));
    }

    [Fact]
    public void Calculate_DaysOfOrderLeft_CountsToExpectedEnd()
    {
        var order = OrderWithRar();

        var progress = RarLedger.Calculate(order, [], London(2024, 12, 8), TimelinessPolicy.Default);

        Assert.Equal(31, progress.DaysOfOrderLeft);
    }

    [Fact]
    public void Calculate_NoActivityFiveWeeksAfterSentence_Flagged()
    {
        var order = OrderWithRar();

        var progress = RarLedger.Calculate(order, [], London(2024, 2, 12), TimelinessPolicy.Default);

        Assert.True(progress.NoActivityWithinFourWeeksOfSentence);
    }

    [Fact]
    public void Calculate_FirstActivityInWeekTwo_NotFlagged()
    {
        var order = OrderWithRar();

        var progress = RarLedger.Calculate(order, [AttendedRarActivity(order, London(2024, 1, 16))], London(2024, 2, 12), TimelinessPolicy.Default);

        Assert.False(progress.NoActivityWithinFourWeeksOfSentence);
    }

    [Fact]
    public void Calculate_HalfwayWithFewDays_BehindPace()
    {
        // Sentence 8 Jan 2024, 12 months: by 8 Jul about half of 20 days (≈9.9) are expected; 3 delivered.
        var order = OrderWithRar(20);
        Contact[] contacts = [AttendedRarActivity(order, London(2024, 1, 16)), AttendedRarActivity(order, London(2024, 1, 23)), AttendedRarActivity(order, London(2024, 1, 30))];

        var progress = RarLedger.Calculate(order, contacts, London(2024, 7, 8), TimelinessPolicy.Default);

        Assert.True(progress.Pace.IsBehind);
    }

    [Fact]
    public void Calculate_WiderPaceMargin_NotBehind()
    {
        var order = OrderWithRar(20);
        Contact[] contacts = [AttendedRarActivity(order, London(2024, 1, 16)), AttendedRarActivity(order, London(2024, 1, 23)), AttendedRarActivity(order, London(2024, 1, 30))];

        var progress = RarLedger.Calculate(order, contacts, London(2024, 7, 8), TimelinessPolicy.Default with { RarPaceMarginDays = 8 });

        Assert.False(progress.Pace.IsBehind);
    }

    [Fact]
    public void Calculate_ActivityAfterOrderTerminated_NotCountedAndListedApart()
    {
        var order = OrderWithRar();
        var booked = Arrange(order, ContactType.RarActivity, London(2024, 6, 20), order.Rar!.Id);
        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.RevokedEarlyForGoodProgress, [booked], new DateOnly(2024, 6, 14));
        booked.RecordOutcome(ContactOutcome.AttendedComplied, null, Officer, London(2024, 6, 20, 12));

        var progress = RarLedger.Calculate(order, [booked], Now, TimelinessPolicy.Default);

        Assert.Equal((0, 1), (progress.DaysDelivered, progress.ActivitiesAfterTermination.Count));
    }
}
