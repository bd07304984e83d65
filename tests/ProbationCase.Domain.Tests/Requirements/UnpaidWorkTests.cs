using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Requirements;

public class UnpaidWorkTests
{
    [Theory]
    [InlineData(39)]
    [InlineData(301)]
    public void Create_HoursOutside40To300_Refused(int hours)
    {
        var error = Assert.Throws<DomainException>(() => CommunityOrder(RequirementTerms.UnpaidWork(hours)));

        Assert.Equal("Unpaid work must be between 40 and 300 hours.", error.Message);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public void Create_HoursAtLimits_Accepted(int hours)
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(hours));

        Assert.Equal(hours, order.UnpaidWork!.HoursOrdered);
    }

    [Fact]
    public void CreditUnpaidWork_MinutesBeyondHoursOrdered_Refused()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(40));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 2390, false);

        var error = Assert.Throws<DomainException>(() => order.CreditUnpaidWork(new DateOnly(2024, 1, 20), 20, false));

        Assert.Contains("beyond the 40 hours ordered; 10 minutes remain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditUnpaidWork_UpToExactlyHoursOrdered_Accepted()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(40));

        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 2400, false);

        Assert.Equal(2400, order.UnpaidWork!.MinutesWorked);
    }

    [Fact]
    public void CreditUnpaidWork_EducationTrainingEmploymentOver20Percent_Refused()
    {
        // 60 hours ordered: 12 hours (720 minutes) may be ETE.
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 700, isEducationTrainingOrEmployment: true);

        var error = Assert.Throws<DomainException>(() => order.CreditUnpaidWork(new DateOnly(2024, 1, 20), 30, isEducationTrainingOrEmployment: true));

        Assert.StartsWith("No more than 20% of unpaid work hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditUnpaidWork_EducationTrainingEmploymentAtExactly20Percent_Accepted()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 720, isEducationTrainingOrEmployment: true);

        Assert.Equal(720, order.UnpaidWork!.EducationTrainingEmploymentMinutes);
    }

    [Fact]
    public void CreditUnpaidWork_FirstSession_StartsRequirement()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 420, false);

        Assert.Equal((RequirementStatus.InProgress, new DateOnly(2024, 1, 13)), (order.UnpaidWork!.Status, order.UnpaidWork.StartDate));
    }

    [Fact]
    public void CreditUnpaidWork_AfterOrderEnded_Refused()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.Terminate(new DateOnly(2024, 5, 1), TerminationReason.RevokedAndResentenced, [], new DateOnly(2024, 5, 1));

        Assert.Throws<DomainException>(() => order.CreditUnpaidWork(new DateOnly(2024, 5, 4), 420, false));
    }

    [Fact]
    public void Progress_NoSessionEightDaysAfterSentence_NotStartedWithinSevenDays()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, SentenceDate.AddDays(8), TimelinessPolicy.Default);

        Assert.True(progress.NotStartedWithinSevenDays);
    }

    [Fact]
    public void Progress_FirstSessionSixDaysAfterSentence_NotFlagged()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.CreditUnpaidWork(SentenceDate.AddDays(6), 420, false);

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, SentenceDate.AddDays(30), TimelinessPolicy.Default);

        Assert.False(progress.NotStartedWithinSevenDays);
    }

    [Fact]
    public void Progress_Sentence_CompletionDueTwelveMonthsLater()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, SentenceDate, TimelinessPolicy.Default);

        Assert.Equal(new DateOnly(2025, 1, 8), progress.CompletionDue);
    }

    [Fact]
    public void Progress_OneStandDownInFourOccasions_RateQuarter()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 420, false);
        order.CreditUnpaidWork(new DateOnly(2024, 1, 20), 420, false);
        order.CreditUnpaidWork(new DateOnly(2024, 1, 27), 420, false);
        order.RecordUnpaidWorkStandDown(new DateOnly(2024, 2, 3), "Supervisor off sick; no work available");

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, new DateOnly(2024, 2, 5), TimelinessPolicy.Default);

        Assert.Equal((1, 0.25m), (progress.StandDowns, progress.StandDownRate));
    }

    [Fact]
    public void RecordUnpaidWorkStandDown_NoReason_Refused()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(60));

        Assert.Throws<DomainException>(() => order.RecordUnpaidWorkStandDown(new DateOnly(2024, 2, 3), ""));
    }

    [Fact]
    public void Progress_SixMonthsInWithSevenHours_BehindPace()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(100));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 420, false);

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, new DateOnly(2024, 7, 8), TimelinessPolicy.Default);

        Assert.True(progress.IsBehindPace);
    }

    [Fact]
    public void Progress_OnPace_NotBehind()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(100));
        order.CreditUnpaidWork(new DateOnly(2024, 1, 13), 45 * 60, false);

        var progress = order.UnpaidWork!.Progress(order.SentenceDate, new DateOnly(2024, 7, 8), TimelinessPolicy.Default);

        Assert.False(progress.IsBehindPace);
    }
}
