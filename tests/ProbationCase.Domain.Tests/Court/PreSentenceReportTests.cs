using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Tests.Court;

public class PreSentenceReportTests
{
    private static readonly DateOnly HearingDate = new(2024, 5, 7);
    private static readonly DateTimeOffset Now = TestCases.London(2024, 5, 7, 9);
    private static readonly Guid PersonId = Guid.Parse("0191a0d2-0000-7000-8000-0000000000d1");

    private static readonly Intervention Tsp = Intervention.Create("Thinking Skills Programme", InterventionType.AccreditedProgramme, 19, "NPS", "Exeter", false, true);
    private static readonly Intervention Bbr = Intervention.Create("Building Better Relationships", InterventionType.AccreditedProgramme, 24, "NPS", "Plymouth", false, false);
    private static readonly Intervention Emotions = Intervention.Create("Managing emotions", InterventionType.RarActivity, 6, "CRC", "Exeter", false, true);
    private static readonly Intervention Housing = Intervention.Create("Housing advice", InterventionType.RarActivity, 2, "Shelter", "Exeter", false, false);
    private static readonly Intervention[] Catalogue = [Tsp, Bbr, Emotions, Housing];

    private const string Sources = "Interview; CPS papers.";
    private const string Analysis = "Impulsive, alcohol-related.";

    private static PreSentenceReport NewReport(PsrType type = PsrType.FastDelivery) =>
        PreSentenceReport.Create(PersonId, type, "Exeter Magistrates' Court", HearingDate, [new OffenceDetails("Assault by beating", new DateOnly(2024, 3, 2))], TestCases.Officer, Now);

    private static SentenceProposal ProposeRar(PreSentenceReport report, int days = 20, params RequirementTerms[] more) =>
        report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(days), .. more], [Emotions.Id], "Needs work on managing emotions.", Catalogue, Now);

    private static void ResolveChecks(PreSentenceReport report)
    {
        report.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "No call-outs recorded.", HearingDate);
        report.RecordCheckReturned(PreSentenceCheckKind.ChildrensServices, "Not known to children's services.", HearingDate);
    }

    private static PreSentenceReport ReadyReport(PsrType type = PsrType.FastDelivery, int rarDays = 20)
    {
        var report = NewReport(type);
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Medium, AtRisk = PeopleAtRisk.KnownAdult, OgrsPercent = 62, RsrPercent = 2.15m, SourcesOfInformation = Sources, OffenceAnalysis = Analysis });
        ProposeRar(report, rarDays);
        ResolveChecks(report);
        report.MarkReady(Now);
        return report;
    }

    private static PreSentenceReport DeliveredReport(PsrType type = PsrType.FastDelivery)
    {
        var report = ReadyReport(type);
        report.MarkDelivered(HearingDate);
        return report;
    }

    private static CourtSentence Passed(SentenceKind kind, int? months, params RequirementTerms[] requirements) =>
        new(kind, HearingDate, months, requirements);

    [Fact]
    public void Create_AnyReport_BothChecksNeeded()
    {
        var report = NewReport(PsrType.Oral);

        Assert.Equal(
            [PreSentenceCheckKind.PoliceDomesticAbuse, PreSentenceCheckKind.ChildrensServices],
            report.Checks.Select(check => check.Kind));
        Assert.All(report.Checks, check => Assert.Equal(report.Id, check.ReportId));
    }

    [Fact]
    public void Create_NoOffence_Refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            PreSentenceReport.Create(PersonId, PsrType.Oral, "Exeter Magistrates' Court", HearingDate, [], TestCases.Officer, Now));

        Assert.Equal("Enter at least one offence.", error.Message);
    }

    [Fact]
    public void Create_NewReport_NotStarted()
    {
        var report = NewReport();

        Assert.Equal((PsrStatus.NotStarted, TestCases.Officer, Now), (report.Status, report.AuthorId, report.RequestedAt));
    }

    [Fact]
    public void RecordAssessment_NotStarted_MovesToInProgress()
    {
        var report = NewReport();

        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, OffenceAnalysis = " Pattern of alcohol-related violence. " });

        Assert.Equal((PsrStatus.InProgress, "Pattern of alcohol-related violence."), (report.Status, report.Assessment.OffenceAnalysis));
    }

    [Fact]
    public void RecordAssessment_RsrWithThreeDecimals_Refused()
    {
        var report = NewReport();

        Assert.Throws<DomainException>(() => report.RecordAssessment(new PsrAssessment { RsrPercent = 2.155m }));
    }

    [Fact]
    public void MarkReady_CheckNotReturned_Refused()
    {
        var report = NewReport();
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low });
        ProposeRar(report);
        report.RecordCheckRequested(PreSentenceCheckKind.PoliceDomesticAbuse, HearingDate);
        report.RecordCheckReturned(PreSentenceCheckKind.ChildrensServices, "Not known.", HearingDate);

        var error = Assert.Throws<DomainException>(() => report.MarkReady(Now));

        Assert.Equal("The police domestic abuse check has not come back. Record the result, or record that it is outstanding and the court has been told.", error.Message);
    }

    [Fact]
    public void MarkReady_CheckOutstandingAndToldToCourt_Allowed()
    {
        var report = NewReport(PsrType.Oral);
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, SourcesOfInformation = Sources, OffenceAnalysis = Analysis });
        ProposeRar(report);
        report.RecordCheckRequested(PreSentenceCheckKind.PoliceDomesticAbuse, HearingDate);
        report.RecordCheckOutstandingToldToCourt(PreSentenceCheckKind.PoliceDomesticAbuse, HearingDate);
        report.RecordCheckReturned(PreSentenceCheckKind.ChildrensServices, "Not known.", HearingDate);

        report.MarkReady(Now);

        Assert.Equal(PsrStatus.Ready, report.Status);
    }

    [Fact]
    public void MarkReady_NoProposal_Refused()
    {
        var report = NewReport();
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low });
        ResolveChecks(report);

        var error = Assert.Throws<DomainException>(() => report.MarkReady(Now));

        Assert.Equal("Add a sentencing proposal before marking the report ready.", error.Message);
    }

    [Fact]
    public void MarkReady_OffenceAnalysisNotStarted_Refused()
    {
        var report = NewReport();
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, SourcesOfInformation = Sources });
        ProposeRar(report);
        ResolveChecks(report);

        var error = Assert.Throws<DomainException>(() => report.MarkReady(Now));

        Assert.Equal("Write the offence analysis section before marking the report ready.", error.Message);
        Assert.Equal(PsrStatus.InProgress, report.Status);
    }

    [Fact]
    public void RecordSentence_DatedAfterToday_Refused()
    {
        var report = DeliveredReport();

        var error = Assert.Throws<DomainException>(() => report.RecordSentence(new CourtSentence(SentenceKind.Fine, HearingDate.AddDays(1), null, []), HearingDate));

        Assert.Equal("The date of sentence must be today or in the past.", error.Message);
    }

    [Fact]
    public void MarkReady_NoRoshScreening_Refused()
    {
        var report = NewReport();
        ProposeRar(report);
        ResolveChecks(report);

        var error = Assert.Throws<DomainException>(() => report.MarkReady(Now));

        Assert.Equal("Record the RoSH screening before marking the report ready.", error.Message);
    }

    [Fact]
    public void ProposeSentence_WhenReady_RefusedUntilReopened()
    {
        var report = ReadyReport();

        var error = Assert.Throws<DomainException>(() => ProposeRar(report, 10));

        Assert.Equal("This report is marked ready. Reopen it to make changes.", error.Message);
    }

    [Fact]
    public void RecordCheckChased_NotRequested_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() => report.RecordCheckChased(PreSentenceCheckKind.ChildrensServices, HearingDate));

        Assert.Equal("Record when the children's services check was requested before chasing it.", error.Message);
    }

    [Fact]
    public void RecordCheckChased_Twice_KeepsEveryDate()
    {
        var report = NewReport();
        report.RecordCheckRequested(PreSentenceCheckKind.ChildrensServices, new DateOnly(2024, 4, 20));

        report.RecordCheckChased(PreSentenceCheckKind.ChildrensServices, new DateOnly(2024, 4, 27));
        report.RecordCheckChased(PreSentenceCheckKind.ChildrensServices, new DateOnly(2024, 5, 3));

        var check = report.GetCheck(PreSentenceCheckKind.ChildrensServices);
        Assert.Equal((2, (DateOnly?)new DateOnly(2024, 5, 3)), (check.ChasedOn.Count, check.LastChasedOn));
    }

    [Fact]
    public void RecordCheckReturned_NoResult_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() => report.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, " ", HearingDate));

        Assert.Equal("Enter what the police domestic abuse check found.", error.Message);
    }

    [Fact]
    public void ProposeSentence_ActivityNotAvailableNow_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(10)], [Housing.Id], "Housing need.", Catalogue, Now));

        Assert.Equal("Housing advice is not available now. Choose an activity that is.", error.Message);
    }

    [Fact]
    public void ProposeSentence_ActivityNotInCatalogue_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(10)], [Guid.CreateVersion7()], "Needs.", Catalogue, Now));

        Assert.Equal("Choose RAR activities from the interventions catalogue.", error.Message);
    }

    [Fact]
    public void ProposeSentence_RarWithoutActivities_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(10)], [], "Needs.", Catalogue, Now));

        Assert.Equal("Choose at least one RAR activity that is available now.", error.Message);
    }

    [Fact]
    public void ProposeSentence_RarActivity_KeepsNameAndWhenAvailabilityConfirmed()
    {
        var report = NewReport();

        var proposal = ProposeRar(report);

        var activity = Assert.Single(proposal.RarActivities);
        Assert.Equal((Emotions.Id, "Managing emotions", Now, proposal.Id), (activity.InterventionId, activity.Name, activity.AvailabilityConfirmedAt, activity.ProposalId));
        Assert.Equal((int?)20, proposal.RarDays);
    }

    [Fact]
    public void ProposeSentence_ProgrammeNotInCatalogue_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.AccreditedProgramme("Anger course", 10)], [], "Anger.", Catalogue, Now));

        Assert.Equal("Choose an accredited programme from the interventions catalogue.", error.Message);
    }

    [Fact]
    public void ProposeSentence_ProgrammeNotAvailable_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.AccreditedProgramme("Building Better Relationships", 24)], [], "Relationship.", Catalogue, Now));

        Assert.Equal("Building Better Relationships is not available now, so it cannot be proposed.", error.Message);
    }

    [Fact]
    public void ProposeSentence_ProgrammeFromCatalogue_LinkedToIntervention()
    {
        var report = NewReport();

        var proposal = report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.AccreditedProgramme("thinking skills programme", 0)], [], "Thinking.", Catalogue, Now);

        var programme = Assert.Single(proposal.Requirements);
        Assert.Equal(((Guid?)Tsp.Id, "Thinking Skills Programme", (int?)19), (programme.InterventionId, programme.ProgrammeName, programme.Quantity));
    }

    [Theory]
    [InlineData(39)]
    [InlineData(301)]
    public void ProposeSentence_UnpaidWorkOutsideFortyToThreeHundred_Refused(int hours)
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.UnpaidWork(hours)], [], "Reparation.", Catalogue, Now));

        Assert.Equal("Unpaid work must be between 40 and 300 hours.", error.Message);
    }

    [Fact]
    public void ProposeSentence_NoRationale_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.UnpaidWork(100)], [], " ", Catalogue, Now));

        Assert.Equal("Enter the rationale for the proposal.", error.Message);
    }

    [Fact]
    public void ProposeSentence_CommunityOrderWithoutRequirement_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, [], [], "Supervision.", Catalogue, Now));

        Assert.Equal("A community order must have at least one requirement.", error.Message);
    }

    [Fact]
    public void ProposeSentence_CommunityOrderOverThreeYears_Refused()
    {
        var report = NewReport();

        Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.CommunityOrder, 37, [RequirementTerms.UnpaidWork(100)], [], "Reparation.", Catalogue, Now));
    }

    [Fact]
    public void ProposeSentence_FineWithRequirement_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() =>
            report.ProposeSentence(SentenceKind.Fine, null, [RequirementTerms.UnpaidWork(100)], [], "Means to pay.", Catalogue, Now));

        Assert.Equal("Only a community order or suspended sentence order can have requirements.", error.Message);
    }

    [Fact]
    public void RarProposalWarnings_SeventyDaysAtLowOgrs_BothWarningsNotErrors()
    {
        var report = NewReport();
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, OgrsPercent = 20 });
        ProposeRar(report, 70);

        var warnings = report.RarProposalWarnings(TimelinessPolicy.Default);

        Assert.Equal([RarProposalWarning.MoreThanGuidanceLimit, RarProposalWarning.LowLikelihoodOfReoffending], warnings);
    }

    [Fact]
    public void RarProposalWarnings_NoRar_None()
    {
        var report = NewReport();
        report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.UnpaidWork(100)], [], "Reparation.", Catalogue, Now);

        Assert.Empty(report.RarProposalWarnings(TimelinessPolicy.Default));
    }

    [Fact]
    public void MarkDelivered_NotReady_Refused()
    {
        var report = NewReport();

        var error = Assert.Throws<DomainException>(() => report.MarkDelivered(HearingDate));

        Assert.Equal("Mark the report ready before recording that it was given to the court.", error.Message);
    }

    [Fact]
    public void RecordSentence_NotDelivered_Refused()
    {
        var report = ReadyReport();

        Assert.Throws<DomainException>(() => report.RecordSentence(Passed(SentenceKind.Fine, null), HearingDate));
    }

    [Fact]
    public void RecordSentence_CommunityOrder_ReturnsWhatCreatesTheOrder()
    {
        var report = DeliveredReport();

        var outcome = report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);
        var order = outcome.CreateOrder(Now);

        Assert.Equal(PsrStatus.Sentenced, report.Status);
        Assert.Equal((PersonId, OrderType.CommunityOrder, "Exeter Magistrates' Court", HearingDate, HearingDate.AddMonths(12)), (order.PersonId, order.Type, order.SentencingCourt, order.SentenceDate, order.ExpectedEndDate));
        Assert.Equal(20, order.Rar!.MaximumDays);
        Assert.Equal("Assault by beating", Assert.Single(order.Offences).Description);
    }

    [Fact]
    public void RecordSentence_Custody_CreatesNoOrder()
    {
        var report = DeliveredReport();

        var outcome = report.RecordSentence(Passed(SentenceKind.Custody, 6), HearingDate);

        Assert.False(outcome.CreatesOrder);
        Assert.Throws<DomainException>(() => outcome.CreateOrder(Now));
    }

    [Fact]
    public void RecordSentence_CheckOutstanding_BecomesTaskForTheRo()
    {
        var report = NewReport(PsrType.Oral);
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, SourcesOfInformation = Sources, OffenceAnalysis = Analysis });
        ProposeRar(report);
        report.RecordCheckRequested(PreSentenceCheckKind.ChildrensServices, new DateOnly(2024, 5, 6));
        report.RecordCheckOutstandingToldToCourt(PreSentenceCheckKind.ChildrensServices, HearingDate);
        report.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "One call-out in 2022.", HearingDate);
        report.MarkReady(Now);
        report.MarkDelivered(HearingDate);

        var outcome = report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        var task = Assert.Single(outcome.OutstandingChecks);
        Assert.Equal((PreSentenceCheckKind.ChildrensServices, (DateOnly?)new DateOnly(2024, 5, 6), true), (task.Kind, task.RequestedOn, task.ToldToCourt));
    }

    [Fact]
    public void RecordSentence_BeforeHearing_Refused()
    {
        var report = DeliveredReport();

        var error = Assert.Throws<DomainException>(() =>
            report.RecordSentence(new CourtSentence(SentenceKind.Fine, HearingDate.AddDays(-1), null, []), HearingDate));

        Assert.Equal("The date of sentence cannot be before the hearing date.", error.Message);
    }

    [Fact]
    public void LinkOrder_OrderForSomeoneElse_Refused()
    {
        var report = DeliveredReport();
        report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        Assert.Throws<DomainException>(() => report.LinkOrder(TestCases.OrderWithRar()));
    }

    [Fact]
    public void LinkOrder_OrderFromSentence_Kept()
    {
        var report = DeliveredReport();
        var order = report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate).CreateOrder(Now);

        report.LinkOrder(order);

        Assert.Equal(order.Id, report.OrderId);
    }

    [Fact]
    public void Close_OralReportWithoutTypedRecord_Refused()
    {
        var report = DeliveredReport(PsrType.Oral);
        report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        var error = Assert.Throws<DomainException>(() => report.Close(Now));

        Assert.Equal("Type up the oral report before closing it.", error.Message);
        Assert.True(report.IsAwaitingTypedRecord);
    }

    [Fact]
    public void Close_OralReportWithTypedRecord_Closed()
    {
        var report = DeliveredReport(PsrType.Oral);
        report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);
        report.RecordTypedRecord("Oral report to Exeter Magistrates: offence analysis, risk, proposal.", Now.AddHours(3));

        report.Close(Now.AddHours(3));

        Assert.True(report.IsClosed);
    }

    [Fact]
    public void Close_WrittenReportWithoutTypedRecord_Closed()
    {
        var report = DeliveredReport(PsrType.FastDelivery);
        report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        report.Close(Now);

        Assert.True(report.IsClosed);
    }

    [Fact]
    public void Close_NotSentenced_Refused()
    {
        var report = DeliveredReport(PsrType.FastDelivery);

        var error = Assert.Throws<DomainException>(() => report.Close(Now));

        Assert.Equal("Record the sentence before closing the report.", error.Message);
    }

    [Fact]
    public void CheckReuse_ThirteenMonthsAfterDelivery_Refused()
    {
        var report = DeliveredReport();
        var deadlines = new CaseDeadlines(new BusinessCalendar(EnglandAndWalesBankHolidays.Dates), TimelinessPolicy.Default);

        Assert.Throws<DomainException>(() => report.CheckReuse(deadlines, HearingDate.AddMonths(13)));
    }

    [Fact]
    public void CheckReuse_SevenMonthsAfterDelivery_AllowedWithWarning()
    {
        var report = DeliveredReport();
        var deadlines = new CaseDeadlines(new BusinessCalendar(EnglandAndWalesBankHolidays.Dates), TimelinessPolicy.Default);

        Assert.Equal(PsrReuse.AllowedWithWarning, report.CheckReuse(deadlines, HearingDate.AddMonths(7)));
    }

    [Fact]
    public void RecordSentence_AsProposed_Same()
    {
        var report = DeliveredReport();

        var outcome = report.RecordSentence(Passed(SentenceKind.CommunityOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        Assert.Equal((Concordance?)Concordance.Same, outcome.Concordance);
        Assert.Equal((Concordance?)Concordance.Same, report.Concordance);
    }

    [Fact]
    public void RecordSentence_SuspendedInsteadOfCommunity_MoreSevere()
    {
        var report = DeliveredReport();

        var outcome = report.RecordSentence(Passed(SentenceKind.SuspendedSentenceOrder, 12, RequirementTerms.Rar(20)), HearingDate);

        Assert.Equal((Concordance?)Concordance.MoreSevere, outcome.Concordance);
    }
}
