using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Enforcement;

public class EnforcementTests
{
    private static Order ThreeYearOrder() =>
        Order.Create(
            Guid.CreateVersion7(),
            OrderType.CommunityOrder,
            "Leeds Magistrates' Court",
            SentenceDate,
            SentenceDate,
            SentenceDate.AddYears(3),
            [new OffenceDetails("Assault by beating", SentenceDate.AddMonths(-3))],
            [RequirementTerms.Rar(20)],
            London(2024, 1, 8));

    private static UnacceptableFailure MissedAppointment(Order order, DateTimeOffset at)
    {
        var contact = WithOutcome(Arrange(order, ContactType.OfficeAppointment, at), ContactOutcome.UnacceptableAbsence);
        return order.RecordUnacceptableFailure(contact, Officer, at.AddDays(1));
    }

    private static Order OrderWithWarningOn15Jan2024()
    {
        var order = ThreeYearOrder();
        var first = MissedAppointment(order, London(2024, 1, 15));
        order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 15), EnforcementWarning.StandardWording("You did not attend your appointment on 15 January.", isLicence: false), new DateOnly(2024, 1, 15));
        return order;
    }

    [Fact]
    public void RecordUnacceptableFailure_FirstFailure_WarningRequired()
    {
        var order = ThreeYearOrder();

        var failure = MissedAppointment(order, London(2024, 1, 15));

        Assert.Equal(RequiredEnforcementAction.Warning, failure.RequiredAction);
    }

    [Fact]
    public void RecordUnacceptableFailure_ElevenMonthsAfterWarning_BreachRequired()
    {
        var order = OrderWithWarningOn15Jan2024();

        var second = MissedAppointment(order, London(2024, 12, 16));

        Assert.Equal(RequiredEnforcementAction.Breach, second.RequiredAction);
    }

    [Fact]
    public void RecordUnacceptableFailure_ThirteenMonthsAfterWarning_WarningRequired()
    {
        var order = OrderWithWarningOn15Jan2024();

        var second = MissedAppointment(order, London(2025, 2, 17));

        Assert.Equal(RequiredEnforcementAction.Warning, second.RequiredAction);
    }

    [Fact]
    public void GiveWarning_WhenBreachRequired_Refused()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));

        var error = Assert.Throws<DomainException>(() => order.GiveWarning(second.Id, Officer, new DateOnly(2024, 6, 4), "Second warning", new DateOnly(2024, 6, 4)));

        Assert.StartsWith("A warning was given in the last 12 months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GiveWarning_ContentKept_DescribesConsequence()
    {
        var order = OrderWithWarningOn15Jan2024();

        var warning = Assert.Single(order.Warnings);

        Assert.Contains("further unacceptable failure within 12 months", warning.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordUnacceptableFailure_AcceptableAbsence_Refused()
    {
        var order = ThreeYearOrder();
        var contact = Arrange(order, ContactType.OfficeAppointment, London(2024, 1, 15));
        contact.RecordOutcome(ContactOutcome.AcceptableAbsence, new AcceptableAbsence(AcceptableAbsenceReason.Medical, "In hospital", true), Officer, London(2024, 1, 16));

        Assert.Throws<DomainException>(() => order.RecordUnacceptableFailure(contact, Officer, London(2024, 1, 16)));
    }

    [Fact]
    public void RecordUnacceptableFailure_SameContactTwice_Refused()
    {
        var order = ThreeYearOrder();
        var contact = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 1, 15)), ContactOutcome.UnacceptableAbsence);
        order.RecordUnacceptableFailure(contact, Officer, London(2024, 1, 16));

        Assert.Throws<DomainException>(() => order.RecordUnacceptableFailure(contact, Officer, London(2024, 1, 16)));
    }

    [Fact]
    public void ApproveDecision_SpoApprovesOwnBreachReferral_Refused()
    {
        var order = OrderWithWarningOn15Jan2024();
        var spo = Spo();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, spo.Id, "Second unacceptable absence within 12 months of the warning", London(2024, 6, 4));

        var error = Assert.Throws<DomainException>(() => order.ApproveDecision(breach.Id, spo, null, London(2024, 6, 4)));

        Assert.Equal("You cannot approve or reject an enforcement decision you referred. Ask another senior probation officer.", error.Message);
    }

    [Fact]
    public void ApproveDecision_ProbationOfficerApproves_Refused()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 4));
        var colleague = StaffMember.Create("Pat Officer", OfficerGrade.ProbationOfficer, null);

        Assert.Throws<DomainException>(() => order.ApproveDecision(breach.Id, colleague, null, London(2024, 6, 4)));
    }

    [Fact]
    public void ApproveDecision_AnotherSpo_ApprovedWithDeciderAndTime()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 4));
        var spo = Spo();

        order.ApproveDecision(breach.Id, spo, "Agreed", London(2024, 6, 5));

        Assert.Equal((EnforcementDecisionStatus.Approved, spo.Id, London(2024, 6, 5)), (breach.Status, breach.DecidedBy!.Value, breach.DecidedAt!.Value));
    }

    [Fact]
    public void SendBreach_NotYetApproved_Refused()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 4));

        var error = Assert.Throws<DomainException>(() => order.SendBreach(breach.Id, new DateOnly(2024, 6, 4), new DateOnly(2024, 6, 4), London(2024, 6, 4)));

        Assert.Equal("A breach must be approved by a senior probation officer before it is sent.", error.Message);
    }

    [Fact]
    public void ProposeProfessionalDiscretion_NoRationale_Refused()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));

        var error = Assert.Throws<DomainException>(() => order.ProposeProfessionalDiscretion(second.Id, Officer, " ", London(2024, 6, 4)));

        Assert.Equal("Enter why you are using professional discretion.", error.Message);
    }

    [Fact]
    public void RejectDecision_Rejected_FailureCanBeReferredAgain()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var discretion = order.ProposeProfessionalDiscretion(second.Id, Officer, "New job started that week", London(2024, 6, 4));
        order.RejectDecision(discretion.Id, Spo(), "Job started later; breach", London(2024, 6, 5));

        var breach = order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 5));

        Assert.Equal(EnforcementDecisionStatus.PendingApproval, breach.Status);
    }

    [Fact]
    public void ComplianceOn_NoFailures_NoFailures()
    {
        var order = ThreeYearOrder();

        Assert.Equal(new ComplianceStatus(ComplianceLevel.NoFailures, 0, false), order.ComplianceOn(new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void ComplianceOn_OneFailureWarned_OneFailureWithWarning()
    {
        var order = OrderWithWarningOn15Jan2024();

        Assert.Equal(new ComplianceStatus(ComplianceLevel.OneFailure, 1, true), order.ComplianceOn(new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void ComplianceOn_OneFailureNotYetWarned_OneFailureWithoutWarning()
    {
        var order = ThreeYearOrder();
        MissedAppointment(order, London(2024, 1, 15));

        Assert.Equal(new ComplianceStatus(ComplianceLevel.OneFailure, 1, false), order.ComplianceOn(new DateOnly(2024, 1, 20)));
    }

    [Fact]
    public void ComplianceOn_TwoFailuresNoBreach_Red()
    {
        var order = OrderWithWarningOn15Jan2024();
        MissedAppointment(order, London(2024, 6, 3));

        Assert.Equal(ComplianceLevel.TwoOrMoreFailuresNoBreach, order.ComplianceOn(new DateOnly(2024, 6, 10)).Level);
    }

    [Fact]
    public void ComplianceOn_BreachReferred_BreachInProgress()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 4));

        Assert.Equal(ComplianceLevel.BreachInProgress, order.ComplianceOn(new DateOnly(2024, 6, 10)).Level);
    }

    [Fact]
    public void ComplianceOn_CourtOutcomeRecorded_NoLongerBreachInProgress()
    {
        var order = OrderWithWarningOn15Jan2024();
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, Officer, "Second failure", London(2024, 6, 4));
        order.ApproveDecision(breach.Id, Spo(), null, London(2024, 6, 5));
        order.WriteBreachPack(breach.Id, new BreachPackSections("Attended until May.", "Eight RAR days.", "Order to continue."), London(2024, 6, 5));
        order.SendBreach(breach.Id, new DateOnly(2024, 6, 5), new DateOnly(2024, 6, 5), London(2024, 6, 5));

        order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.Fine, new DateOnly(2024, 7, 1), "Leeds Magistrates' Court", "Order continued; fined £100"), [], new DateOnly(2024, 7, 1), London(2024, 7, 1));

        Assert.Equal(ComplianceLevel.TwoOrMoreFailuresNoBreach, order.ComplianceOn(new DateOnly(2024, 7, 2)).Level);
    }

    [Fact]
    public void ComplianceOn_FailureMoreThan12MonthsAgo_NoFailures()
    {
        var order = OrderWithWarningOn15Jan2024();

        Assert.Equal(ComplianceLevel.NoFailures, order.ComplianceOn(new DateOnly(2025, 2, 1)).Level);
    }
}
