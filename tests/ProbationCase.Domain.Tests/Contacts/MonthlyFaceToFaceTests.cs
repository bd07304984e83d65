using ProbationCase.Domain.Contacts;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Contacts;

public class MonthlyFaceToFaceTests
{
    [Fact]
    public void MonthsWithoutFaceToFace_NoVisitInMarch_MarchIsAGap()
    {
        var order = OrderWithRar();
        Contact[] contacts =
        [
            WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 1, 10)), ContactOutcome.AttendedComplied),
            WithOutcome(Arrange(order, ContactType.HomeVisit, London(2024, 2, 20)), ContactOutcome.AttendedComplied),
            WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 4, 2)), ContactOutcome.AttendedComplied),
        ];

        var gaps = MonthlyFaceToFace.MonthsWithoutFaceToFace(contacts, new DateOnly(2024, 1, 8), new DateOnly(2024, 4, 15));

        Assert.Equal([new DateOnly(2024, 3, 1)], gaps);
    }

    [Fact]
    public void MonthsWithoutFaceToFace_OnlyTelephoneInFebruary_FebruaryIsAGap()
    {
        var order = OrderWithRar();
        Contact[] contacts =
        [
            WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 1, 10)), ContactOutcome.AttendedComplied),
            WithOutcome(Arrange(order, ContactType.Telephone, London(2024, 2, 20), faceToFace: false), ContactOutcome.AttendedComplied),
        ];

        var gaps = MonthlyFaceToFace.MonthsWithoutFaceToFace(contacts, new DateOnly(2024, 1, 8), new DateOnly(2024, 3, 15));

        Assert.Equal([new DateOnly(2024, 2, 1)], gaps);
    }

    [Fact]
    public void MonthsWithoutFaceToFace_MissedAppointment_DoesNotCount()
    {
        var order = OrderWithRar();
        Contact[] contacts = [WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 1, 10)), ContactOutcome.UnacceptableAbsence)];

        var gaps = MonthlyFaceToFace.MonthsWithoutFaceToFace(contacts, new DateOnly(2024, 1, 8), new DateOnly(2024, 2, 15));

        Assert.Equal([new DateOnly(2024, 1, 1)], gaps);
    }

    [Fact]
    public void MonthsWithoutFaceToFace_CurrentMonthNotYetSeen_NotAGap()
    {
        var gaps = MonthlyFaceToFace.MonthsWithoutFaceToFace([], new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 28));

        Assert.Empty(gaps);
    }
}
