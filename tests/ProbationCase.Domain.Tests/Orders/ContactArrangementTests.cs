using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Orders;

public class ContactArrangementTests
{
    [Fact]
    public void ArrangeContact_RarActivityAfterTermination_Refused()
    {
        var order = OrderWithRar();
        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.RevokedEarlyForGoodProgress, [], new DateOnly(2024, 6, 14));

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.RarActivity, London(2024, 6, 17), order.Rar!.Id));

        Assert.Equal("A RAR activity on 17 June 2024 is after the order's end on 14 June 2024. Nothing can be recorded against an order after it ends.", error.Message);
    }

    [Fact]
    public void ArrangeContact_RarActivityOnTerminationDate_Allowed()
    {
        var order = OrderWithRar();
        order.Terminate(new DateOnly(2024, 6, 14), TerminationReason.Transferred, [], new DateOnly(2024, 6, 14));

        var contact = Arrange(order, ContactType.RarActivity, London(2024, 6, 14, 9), order.Rar!.Id);

        Assert.Equal(order.Rar!.Id, contact.RequirementId);
    }

    [Fact]
    public void ArrangeContact_AfterTheOrderEnds_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.OfficeAppointment, London(9999, 1, 4, 10)));

        Assert.StartsWith("An appointment on 4 January 9999 is after", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrangeContact_BeforeTheOrderStarts_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.OfficeAppointment, London(order.StartDate.AddDays(-1).Year, order.StartDate.AddDays(-1).Month, order.StartDate.AddDays(-1).Day, 10)));

        Assert.Equal("The contact must be on or after the date the order started.", error.Message);
    }

    [Fact]
    public void ReclassifyContact_ReportingInAsRarActivity_Refused()
    {
        var order = OrderWithRar();
        var reportingIn = Arrange(order, ContactType.ReportingIn, London(2024, 2, 6));

        var error = Assert.Throws<DomainException>(() => order.ReclassifyContact(reportingIn, ContactType.RarActivity));

        Assert.Equal("A reporting-in contact cannot be recorded as a RAR activity.", error.Message);
    }

    [Fact]
    public void ArrangeContact_ReportingInLinkedToRar_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.ReportingIn, London(2024, 2, 6), order.Rar!.Id));

        Assert.Equal("A reporting-in contact cannot be recorded as a RAR activity.", error.Message);
    }

    [Fact]
    public void ReclassifyContact_OverMaximumActivityToAppointment_LinkedToRarAsAppointment()
    {
        var order = OrderWithRar();
        var activity = AttendedRarActivity(order, London(2024, 2, 6));

        order.ReclassifyContact(activity, ContactType.RarAppointment);

        Assert.Equal((ContactType.RarAppointment, order.Rar!.Id), (activity.Type, activity.RequirementId));
    }

    [Fact]
    public void ReclassifyContact_OfficeAppointmentToRarActivity_LinkedToRar()
    {
        var order = OrderWithRar();
        var appointment = Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 6));

        order.ReclassifyContact(appointment, ContactType.RarActivity);

        Assert.Equal(order.Rar!.Id, appointment.RequirementId);
    }

    [Fact]
    public void ArrangeContact_RarActivityWithoutRequirement_Refused()
    {
        var order = OrderWithRar();

        var error = Assert.Throws<DomainException>(() => Arrange(order, ContactType.RarActivity, London(2024, 2, 6)));

        Assert.Equal("A RAR activity or RAR appointment must be linked to the order's RAR.", error.Message);
    }

    [Fact]
    public void ArrangeContact_RequirementOfAnotherOrder_Refused()
    {
        var order = OrderWithRar();
        var other = OrderWithRar();

        Assert.Throws<DomainException>(() => Arrange(order, ContactType.RarActivity, London(2024, 2, 6), other.Rar!.Id));
    }

    [Fact]
    public void ArrangeContact_StartsAtWithLondonOffset_StoredInUtc()
    {
        var order = OrderWithRar();

        var contact = Arrange(order, ContactType.OfficeAppointment, new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal((TimeSpan.Zero, 9), (contact.StartsAt.Offset, contact.StartsAt.Hour));
    }

    [Fact]
    public void ArrangeContact_TelephoneMarkedFaceToFace_Refused()
    {
        var order = OrderWithRar();

        Assert.Throws<DomainException>(() => Arrange(order, ContactType.Telephone, London(2024, 2, 6), faceToFace: true));
    }

    [Fact]
    public void ArrangeContact_ProviderWithoutName_Refused()
    {
        var order = OrderWithRar();
        var arrangement = new ContactArrangement(ContactType.RarActivity, London(2024, 2, 6), true, ContactDeliverer.Provider, RequirementId: order.Rar!.Id);

        var error = Assert.Throws<DomainException>(() => order.ArrangeContact(arrangement, London(2024, 2, 1)));

        Assert.Equal("Enter the provider that delivered the contact.", error.Message);
    }

    [Fact]
    public void ArrangeContact_Created_BelongsToOrderAndPerson()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        var contact = Arrange(order, ContactType.UnpaidWorkSession, London(2024, 2, 6), order.UnpaidWork!.Id);

        Assert.Equal((order.Id, order.PersonId), (contact.OrderId, contact.PersonId));
    }
}
