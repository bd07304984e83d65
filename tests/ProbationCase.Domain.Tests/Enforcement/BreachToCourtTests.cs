using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Enforcement;

/// <summary>[DOMAIN.md §9] dated warnings, and a breach from SPO approval to the court's outcome and back.</summary>
public class BreachToCourtTests
{
    private const string Court = "Leeds Magistrates' Court";

    private static readonly BreachPackSections CompletePack = new(
        "Attended weekly until April; missed 3 June without reason after a warning on 15 January.",
        "Eight of 20 RAR days delivered; 30 of 100 unpaid work hours worked.",
        "Amend the order: replace unpaid work with an electronically monitored curfew.");

    private static Order OrderWith(params RequirementTerms[] requirements) =>
        Order.Create(
            Guid.CreateVersion7(),
            OrderType.CommunityOrder,
            Court,
            SentenceDate,
            SentenceDate,
            SentenceDate.AddYears(2),
            [new OffenceDetails("Assault by beating", SentenceDate.AddMonths(-3))],
            requirements,
            London(2024, 1, 8));

    private static UnacceptableFailure MissedAppointment(Order order, DateTimeOffset at)
    {
        var contact = WithOutcome(Arrange(order, ContactType.OfficeAppointment, at), ContactOutcome.UnacceptableAbsence);
        return order.RecordUnacceptableFailure(contact, Officer, at.AddDays(1));
    }

    /// <summary>A warning on 15 Jan 2024, a further failure on 3 Jun 2024 referred, approved on 5 Jun 2024.</summary>
    private static (Order Order, EnforcementDecision Breach) ApprovedBreach(params RequirementTerms[] requirements)
    {
        var order = OrderWith(requirements.Length == 0 ? [RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(100)] : requirements);
        var first = MissedAppointment(order, London(2024, 1, 15));
        order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 15), "You did not attend on 15 January. This is unacceptable.", new DateOnly(2024, 1, 16));
        var second = MissedAppointment(order, London(2024, 6, 3));
        var breach = order.ReferBreach(second.Id, Officer, "Second failure within 12 months of a warning.", London(2024, 6, 4));
        order.ApproveDecision(breach.Id, Spo(), null, London(2024, 6, 5));
        return (order, breach);
    }

    private static (Order Order, EnforcementDecision Breach) BreachWithCourt(params RequirementTerms[] requirements)
    {
        var (order, breach) = ApprovedBreach(requirements);
        order.WriteBreachPack(breach.Id, CompletePack, London(2024, 6, 6));
        order.SendBreach(breach.Id, new DateOnly(2024, 6, 7), new DateOnly(2024, 6, 7), London(2024, 6, 7));
        return (order, breach);
    }

    [Fact]
    public void GiveWarning_DatedBeforeItWasRecorded_WindowRunsFromDateGiven()
    {
        var order = OrderWith(RequirementTerms.Rar(20));
        var first = MissedAppointment(order, London(2024, 1, 15));

        order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 16), "Warned in person.", new DateOnly(2024, 1, 26));

        Assert.Equal((RequiredEnforcementAction.Breach, RequiredEnforcementAction.Warning), (order.RequiredActionFor(new DateOnly(2025, 1, 16)), order.RequiredActionFor(new DateOnly(2025, 1, 17))));
    }

    [Fact]
    public void GiveWarning_BeforeTheFailure_Refused()
    {
        var order = OrderWith(RequirementTerms.Rar(20));
        var first = MissedAppointment(order, London(2024, 1, 15));

        var error = Assert.Throws<DomainException>(() => order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 14), "Warned.", new DateOnly(2024, 1, 16)));

        Assert.Equal("The warning cannot be given before the failure on 15 January 2024.", error.Message);
    }

    [Fact]
    public void GiveWarning_InTheFuture_Refused()
    {
        var order = OrderWith(RequirementTerms.Rar(20));
        var first = MissedAppointment(order, London(2024, 1, 15));

        var error = Assert.Throws<DomainException>(() => order.GiveWarning(first.Id, Officer, new DateOnly(2024, 1, 17), "Warned.", new DateOnly(2024, 1, 16)));

        Assert.Equal("The date the warning was given cannot be in the future.", error.Message);
    }

    [Fact]
    public void SendBreach_SectionsMissing_RefusedNamingThem()
    {
        var (order, breach) = ApprovedBreach();
        order.WriteBreachPack(breach.Id, CompletePack with { ProgressSoFar = " ", ProposalToCourt = null }, London(2024, 6, 6));

        var error = Assert.Throws<DomainException>(() => order.SendBreach(breach.Id, new DateOnly(2024, 6, 7), new DateOnly(2024, 6, 7), London(2024, 6, 7)));

        Assert.Equal("The breach pack cannot be sent until it has progress so far, your proposal to the court.", error.Message);
        Assert.Equal([BreachPackSection.ProgressSoFar, BreachPackSection.ProposalToCourt], BreachPackCompleteness.MissingSections(order, breach));
    }

    [Fact]
    public void SendBreach_Complete_WithCourt()
    {
        var (order, breach) = BreachWithCourt();

        Assert.Equal((BreachPackStage.WithCourt, new DateOnly(2024, 6, 7), ComplianceLevel.BreachInProgress), (breach.PackStage!.Value, breach.SentToCourtOn!.Value, order.ComplianceOn(new DateOnly(2024, 6, 8)).Level));
    }

    [Fact]
    public void ReturnBreachPack_ThenSentAgain_CountsTheReturn()
    {
        var (order, breach) = BreachWithCourt();

        order.ReturnBreachPack(breach.Id, new DateOnly(2024, 6, 12), "No warning letter attached.", new DateOnly(2024, 6, 12));
        var returned = breach.PackStage;
        order.SendBreach(breach.Id, new DateOnly(2024, 6, 13), new DateOnly(2024, 6, 13), London(2024, 6, 13));

        Assert.Equal((BreachPackStage.Returned, BreachPackStage.WithCourt, 1), (returned!.Value, breach.PackStage!.Value, breach.TimesReturned));
    }

    [Fact]
    public void RecordBreachCourtOutcome_BeforeSent_Refused()
    {
        var (order, breach) = ApprovedBreach();

        var error = Assert.Throws<DomainException>(() => order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.NoAction, new DateOnly(2024, 7, 1), Court), [], new DateOnly(2024, 7, 1), London(2024, 7, 1)));

        Assert.Equal("The breach pack has not been sent to court yet.", error.Message);
    }

    [Fact]
    public void RecordBreachCourtOutcome_NoAction_OrderContinuesAndBreachCloses()
    {
        var (order, breach) = BreachWithCourt();

        var newOrder = order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.NoAction, new DateOnly(2024, 7, 1), Court, "Warned by the court."), [], new DateOnly(2024, 7, 1), London(2024, 7, 1));

        Assert.Null(newOrder);
        Assert.Equal((BreachPackStage.Closed, false, ComplianceLevel.TwoOrMoreFailuresNoBreach), (breach.PackStage!.Value, order.HasEnded, order.ComplianceOn(new DateOnly(2024, 7, 2)).Level));
    }

    [Fact]
    public void RecordBreachCourtOutcome_AmendedCurfewInPlaceOfUnpaidWork_Seed004()
    {
        // [seed 004] "returned to court for breach and the UPW requirement was replaced with an electronically monitored curfew".
        var (order, breach) = BreachWithCourt();
        order.CreditUnpaidWork(new DateOnly(2024, 2, 3), 30 * 60, false);
        var unpaidWork = order.UnpaidWork!;

        order.RecordBreachCourtOutcome(
            breach.Id,
            new BreachCourtDecision(
                BreachCourtOutcome.Amended,
                new DateOnly(2024, 7, 1),
                Court,
                "Unpaid work replaced with an electronically monitored curfew.",
                AddedRequirements: [RequirementTerms.Other(RequirementType.Curfew, "19:00–07:00, electronically monitored", 90)],
                ReplacedRequirementIds: [unpaidWork.Id]),
            [],
            new DateOnly(2024, 7, 1),
            London(2024, 7, 1));

        Assert.Equal((RequirementStatus.Terminated, "Replaced by the court on breach on 1 July 2024."), (unpaidWork.Status, unpaidWork.ShortfallReason));
        Assert.Contains(order.Requirements, requirement => requirement.Type == RequirementType.Curfew && requirement.Status == RequirementStatus.AwaitingStart);
        Assert.Equal(BreachCourtOutcome.Amended, breach.CourtOutcomeKind);
    }

    [Fact]
    public void RecordBreachCourtOutcome_AmendedWithTwentyHourUnpaidWork_Accepted()
    {
        var (order, breach) = BreachWithCourt(RequirementTerms.Rar(20));

        order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.Amended, new DateOnly(2024, 7, 1), Court, AddedRequirements: [RequirementTerms.UnpaidWork(20)]), [], new DateOnly(2024, 7, 1), London(2024, 7, 1));

        Assert.Equal((20, true), (order.UnpaidWork!.HoursOrdered, order.UnpaidWork.ImposedOnBreach));
    }

    [Fact]
    public void RecordBreachCourtOutcome_AmendedWithNineteenHourUnpaidWork_Refused()
    {
        var (order, breach) = BreachWithCourt(RequirementTerms.Rar(20));

        var error = Assert.Throws<DomainException>(() => order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.Amended, new DateOnly(2024, 7, 1), Court, AddedRequirements: [RequirementTerms.UnpaidWork(19)]), [], new DateOnly(2024, 7, 1), London(2024, 7, 1)));

        Assert.Equal("Unpaid work imposed on breach must be between 20 and 300 hours.", error.Message);
    }

    [Fact]
    public void AddRequirement_TwentyHourUnpaidWorkAtSentence_Refused()
    {
        var order = OrderWith(RequirementTerms.Rar(20));

        var error = Assert.Throws<DomainException>(() => order.AddRequirement(RequirementTerms.UnpaidWork(20)));

        Assert.Equal("Unpaid work must be between 40 and 300 hours.", error.Message);
    }

    [Fact]
    public void RecordBreachCourtOutcome_AmendedWithExtension_EndDateMoves()
    {
        var (order, breach) = BreachWithCourt();

        order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.Amended, new DateOnly(2024, 7, 1), Court, ExtendedTo: new DateOnly(2026, 7, 8)), [], new DateOnly(2024, 7, 1), London(2024, 7, 1));

        Assert.Equal((new DateOnly(2026, 7, 8), breach.Id), (order.EndDate, Assert.Single(order.Extensions).BreachDecisionId!.Value));
    }

    [Fact]
    public void RecordBreachCourtOutcome_AmendedWithNothingChanged_Refused()
    {
        var (order, breach) = BreachWithCourt();

        var error = Assert.Throws<DomainException>(() => order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.Amended, new DateOnly(2024, 7, 1), Court), [], new DateOnly(2024, 7, 1), London(2024, 7, 1)));

        Assert.Equal("Enter how the court amended the order: a requirement added or replaced, or a new end date.", error.Message);
    }

    [Fact]
    public void RecordBreachCourtOutcome_RevokedAndResentenced_NewOrderOpenedAndOldRarDaysStay()
    {
        var (order, breach) = BreachWithCourt(RequirementTerms.Rar(20));
        var contacts = new[] { AttendedRarActivity(order, London(2024, 2, 6)), AttendedRarActivity(order, London(2024, 3, 5)), AttendedRarActivity(order, London(2024, 3, 5, 14)) };

        var newOrder = order.RecordBreachCourtOutcome(
            breach.Id,
            new BreachCourtDecision(BreachCourtOutcome.RevokedAndResentenced, new DateOnly(2024, 7, 1), Court, "Re-sentenced to a 12-month community order with 15 RAR days.",
                NewOrderType: OrderType.CommunityOrder, NewOrderLengthInMonths: 12, NewOrderRequirements: [RequirementTerms.Rar(15)]),
            contacts,
            new DateOnly(2024, 7, 1),
            London(2024, 7, 1))!;

        Assert.Equal((new DateOnly(2024, 7, 1), TerminationReason.RevokedAndResentenced, RequirementStatus.Terminated, 2), (order.ActualEndDate!.Value, order.TerminationReason!.Value, order.Rar!.Status, order.Rar.DaysDeliveredAtEnd!.Value));
        Assert.Equal((order.PersonId, new DateOnly(2024, 7, 1), new DateOnly(2025, 7, 1), 15), (newOrder.PersonId, newOrder.SentenceDate, newOrder.ExpectedEndDate, newOrder.Rar!.MaximumDays));
        Assert.Equal((newOrder.Id, BreachPackStage.Closed), (breach.NewOrderId!.Value, breach.PackStage!.Value));
        Assert.Equal(2, RarLedger.Calculate(order, contacts, London(2024, 8, 1), Domain.Calendar.TimelinessPolicy.Default).DaysDelivered);
    }

    [Fact]
    public void RecordBreachCourtOutcome_ResentencedWithoutLength_Refused()
    {
        var (order, breach) = BreachWithCourt();

        var error = Assert.Throws<DomainException>(() => order.RecordBreachCourtOutcome(breach.Id, new BreachCourtDecision(BreachCourtOutcome.RevokedAndResentenced, new DateOnly(2024, 7, 1), Court, NewOrderType: OrderType.CommunityOrder, NewOrderRequirements: [RequirementTerms.Rar(15)]), [], new DateOnly(2024, 7, 1), London(2024, 7, 1)));

        Assert.Equal("Enter the length of the new order in months.", error.Message);
    }
}
