using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Plans;

public class SentencePlanTests
{
    private static readonly RiskAssessment LowRisk = new() { Rosh = RoshLevel.Low };
    private static readonly RiskAssessment DomesticAbuse = new() { Rosh = RoshLevel.Low, Flags = RiskFlags.DomesticAbuse };

    private static ObjectiveDetails AlcoholWork(Guid? requirementId = null, int? days = null) =>
        new("Reduce drinking before driving", Needs.Alcohol, RiskArea.None, "Alcohol awareness sessions", "Responsible officer", requirementId, days);

    private static ObjectiveDetails KeepPartnerSafe() =>
        new("Keep partner safe", Needs.Relationships, RiskArea.KeepingOthersSafe, "Building Better Relationships", "Programmes team");

    private static (Domain.Orders.Order Order, SentencePlan Plan) PlanWithViews(int rarDays = 20)
    {
        var order = OrderWithRar(rarDays);
        var plan = SentencePlan.Start(order, Officer, London(2024, 1, 20));
        plan.RecordPersonsViews("Wants help to stop drinking and keep his job", involved: true);
        return (order, plan);
    }

    private static SentencePlan SignedOffPlan(DateTimeOffset signedOffAt)
    {
        var (order, plan) = PlanWithViews();
        plan.AddObjective(order, AlcoholWork());
        plan.SignOff(LowRisk, Officer, London(2024, 1, 10), signedOffAt);
        return plan;
    }

    [Fact]
    public void SignOff_DomesticAbuseFlagWithoutKeepOthersSafeObjective_Refused()
    {
        var (order, plan) = PlanWithViews();
        plan.AddObjective(order, AlcoholWork());

        var error = Assert.Throws<DomainException>(() => plan.SignOff(DomesticAbuse, Officer, London(2024, 1, 10), London(2024, 1, 25)));

        Assert.EndsWith("Add an objective on keeping others safe.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SignOff_DomesticAbuseFlagWithKeepOthersSafeObjective_SignedOff()
    {
        var (order, plan) = PlanWithViews();
        plan.AddObjective(order, KeepPartnerSafe());

        plan.SignOff(DomesticAbuse, Officer, London(2024, 1, 10), London(2024, 1, 25));

        Assert.Equal(London(2024, 1, 25), plan.SignedOffAt);
    }

    [Fact]
    public void SignOff_RoshMediumWithoutKeepOthersSafeObjective_Refused()
    {
        var (order, plan) = PlanWithViews();
        plan.AddObjective(order, AlcoholWork());

        Assert.Throws<DomainException>(() => plan.SignOff(new RiskAssessment { Rosh = RoshLevel.Medium }, Officer, London(2024, 1, 10), London(2024, 1, 25)));
    }

    [Fact]
    public void SignOff_PersonsViewsNotRecorded_Refused()
    {
        var order = OrderWithRar();
        var plan = SentencePlan.Start(order, Officer, London(2024, 1, 20));
        plan.AddObjective(order, AlcoholWork());

        var error = Assert.Throws<DomainException>(() => plan.SignOff(LowRisk, Officer, London(2024, 1, 10), London(2024, 1, 25)));

        Assert.Equal("Record the person's views on the plan and whether they were involved in making it.", error.Message);
    }

    [Fact]
    public void SignOff_BeforeFirstFaceToFace_Flagged()
    {
        var (order, plan) = PlanWithViews();
        plan.AddObjective(order, AlcoholWork());

        plan.SignOff(LowRisk, Officer, firstFaceToFaceAt: null, London(2024, 1, 25));

        Assert.True(plan.SignedOffBeforeFaceToFace);
    }

    [Fact]
    public void SignOff_AfterFirstFaceToFace_NotFlagged()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));

        Assert.False(plan.SignedOffBeforeFaceToFace);
    }

    [Fact]
    public void AddObjective_PlannedRarDaysOverMaximum_Refused()
    {
        var (order, plan) = PlanWithViews(rarDays: 20);
        plan.AddObjective(order, AlcoholWork(order.Rar!.Id, 15));

        var error = Assert.Throws<DomainException>(() => plan.AddObjective(order, AlcoholWork(order.Rar!.Id, 6)));

        Assert.Equal("The plan would use 21 RAR days but the court ordered a maximum of 20.", error.Message);
    }

    [Fact]
    public void AddObjective_PlannedRarDaysUpToMaximum_Accepted()
    {
        var (order, plan) = PlanWithViews(rarDays: 20);
        plan.AddObjective(order, AlcoholWork(order.Rar!.Id, 15));

        plan.AddObjective(order, AlcoholWork(order.Rar!.Id, 5));

        Assert.Equal(20, plan.PlannedRarDays);
    }

    [Fact]
    public void AddObjective_RequirementTheOrderDoesNotHave_Refused()
    {
        var (order, plan) = PlanWithViews();
        var other = CommunityOrder(RequirementTerms.UnpaidWork(60));

        var error = Assert.Throws<DomainException>(() => plan.AddObjective(order, AlcoholWork(other.UnpaidWork!.Id)));

        Assert.Equal("The objective refers to a requirement this order does not have.", error.Message);
    }

    [Fact]
    public void AddObjective_NotLinkedToNeedOrRisk_Refused()
    {
        var (order, plan) = PlanWithViews();

        Assert.Throws<DomainException>(() => plan.AddObjective(order, new ObjectiveDetails("Comply", Needs.None, RiskArea.None, "Report", "RO")));
    }

    [Fact]
    public void AddObjective_RarDaysOnNonRarObjective_Refused()
    {
        var (order, plan) = PlanWithViews();

        Assert.Throws<DomainException>(() => plan.AddObjective(order, AlcoholWork(requirementId: null, days: 3)));
    }

    [Fact]
    public void ReviewDue_SignedOffNoTrigger_SixteenWeeksLater()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));

        Assert.Equal(new PlanReviewDue(new DateOnly(2024, 5, 16), ReviewDueReason.Scheduled, null), plan.ReviewDue(TimelinessPolicy.Default));
    }

    [Fact]
    public void ReviewDue_AfterReview_SixteenWeeksFromReview()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));
        plan.RecordReview(LowRisk, Officer, new DateOnly(2024, 5, 14), "Now in work; drinking reduced", London(2024, 5, 14));

        Assert.Equal(new DateOnly(2024, 9, 3), plan.ReviewDue(TimelinessPolicy.Default)!.DueOn);
    }

    [Fact]
    public void ReviewDue_ChangeOfAddress_DueNowOnTrigger()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));

        plan.RecordReviewTrigger(ReviewTrigger.ChangeOfAddress, new DateOnly(2024, 3, 2), "Moved to hostel");

        Assert.Equal(new PlanReviewDue(new DateOnly(2024, 3, 2), ReviewDueReason.Trigger, ReviewTrigger.ChangeOfAddress), plan.ReviewDue(TimelinessPolicy.Default));
    }

    [Fact]
    public void RecordReview_AfterTrigger_ClosesTriggerAndSchedulesNext()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));
        plan.RecordReviewTrigger(ReviewTrigger.RiskChange, new DateOnly(2024, 3, 2), null);

        var review = plan.RecordReview(LowRisk, Officer, new DateOnly(2024, 3, 5), "Risk reassessed after arrest; objectives unchanged", London(2024, 3, 5));

        Assert.Equal(review.Id, Assert.Single(plan.Triggers).ReviewId);
        Assert.Equal(ReviewDueReason.Scheduled, plan.ReviewDue(TimelinessPolicy.Default)!.Reason);
    }

    [Fact]
    public void RecordReview_WithoutWhatChanged_Refused()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));

        var error = Assert.Throws<DomainException>(() => plan.RecordReview(LowRisk, Officer, new DateOnly(2024, 5, 14), "", London(2024, 5, 14)));

        Assert.Equal("Enter what has changed since the last review.", error.Message);
    }

    [Fact]
    public void ReviewDue_PolicyTwelveWeeks_UsesPolicy()
    {
        var plan = SignedOffPlan(London(2024, 1, 25));

        Assert.Equal(new DateOnly(2024, 4, 18), plan.ReviewDue(TimelinessPolicy.Default with { PlanReviewIntervalWeeks = 12 })!.DueOn);
    }
}
