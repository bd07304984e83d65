using ProbationCase.Domain.Contacts;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Contacts;

public class ContactOutcomeTests
{
    private static Contact OfficeAppointment() =>
        Arrange(OrderWithRar(), ContactType.OfficeAppointment, London(2024, 2, 6));

    [Fact]
    public void RecordOutcome_AcceptableAbsenceWithoutRationale_Refused()
    {
        var contact = OfficeAppointment();

        var error = Assert.Throws<DomainException>(() => contact.RecordOutcome(
            ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.Medical, "  ", true), Officer, London(2024, 2, 7)));

        Assert.Equal("Enter why the absence is acceptable.", error.Message);
    }

    [Fact]
    public void RecordOutcome_AcceptableAbsenceWithoutReason_Refused()
    {
        var contact = OfficeAppointment();

        var error = Assert.Throws<DomainException>(() => contact.RecordOutcome(ContactOutcome.AcceptableAbsence, null, Officer, London(2024, 2, 7)));

        Assert.Equal("Select the reason the absence is acceptable.", error.Message);
    }

    [Fact]
    public void RecordOutcome_AcceptableAbsenceWithReasonRationaleEvidence_Recorded()
    {
        var contact = OfficeAppointment();

        contact.RecordOutcome(ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.Medical, "Fit note from GP seen", true), Officer, London(2024, 2, 7));

        Assert.Equal((AcceptableAbsenceReason.Medical, "Fit note from GP seen", true), (contact.AbsenceReason!.Value, contact.AbsenceRationale, contact.AbsenceEvidenceSeen!.Value));
    }

    [Fact]
    public void RecordOutcome_AbsenceReasonOnAttendedOutcome_Refused()
    {
        var contact = OfficeAppointment();

        Assert.Throws<DomainException>(() => contact.RecordOutcome(
            ContactOutcome.AttendedComplied, new AcceptableAbsence(AcceptableAbsenceReason.Medical, "n/a", false), Officer, London(2024, 2, 7)));
    }

    [Fact]
    public void RecordOutcome_AttendedBeforeBookedTime_Refused()
    {
        var contact = OfficeAppointment();

        Assert.Throws<DomainException>(() => contact.RecordOutcome(ContactOutcome.AttendedComplied, null, Officer, London(2024, 2, 5)));
    }

    [Fact]
    public void RecordOutcome_Twice_Refused()
    {
        var contact = WithOutcome(OfficeAppointment(), ContactOutcome.AttendedComplied);

        Assert.Throws<DomainException>(() => contact.RecordOutcome(ContactOutcome.UnacceptableAbsence, null, Officer, London(2024, 2, 7)));
    }

    [Fact]
    public void CorrectOutcome_Changed_KeepsEarlierOutcomeAsCorrection()
    {
        var contact = WithOutcome(OfficeAppointment(), ContactOutcome.UnacceptableAbsence);

        contact.CorrectOutcome(ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.CourtOrLegal, "Was at court on another matter", true), Officer, "Court listing produced", London(2024, 2, 8));

        Assert.Equal((ContactOutcome.AcceptableAbsence, ContactOutcome.UnacceptableAbsence), (contact.Outcome!.Value, Assert.Single(contact.Corrections).PreviousOutcome));
    }

    [Fact]
    public void IsOutcomeNotRecorded_BookedTimePassedWithoutOutcome_True()
    {
        var contact = OfficeAppointment();

        Assert.True(contact.IsOutcomeNotRecorded(London(2024, 2, 6, 15)));
    }

    [Fact]
    public void IsOutcomeNotRecorded_BookedTimeInFuture_False()
    {
        var contact = OfficeAppointment();

        Assert.False(contact.IsOutcomeNotRecorded(London(2024, 2, 5)));
    }

    [Theory]
    [InlineData(ContactOutcome.AttendedComplied, true, false)]
    [InlineData(ContactOutcome.AttendedFailedToComply, false, true)]
    [InlineData(ContactOutcome.AttendedSentHomeBehaviour, false, true)]
    [InlineData(ContactOutcome.AttendedSentHomeServiceIssues, null, false)]
    [InlineData(ContactOutcome.AcceptableAbsence, null, false)]
    [InlineData(ContactOutcome.UnacceptableAbsence, false, true)]
    [InlineData(ContactOutcome.Rescheduled, null, false)]
    public void OutcomeTable_EachOutcome_CompliedAndEnforceableAsSection3(ContactOutcome outcome, bool? complied, bool enforceable)
    {
        Assert.Equal((complied, enforceable), (outcome.Complied(), outcome.IsEnforceable()));
    }
}
