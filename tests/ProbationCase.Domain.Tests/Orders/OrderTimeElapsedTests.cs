using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Orders;

public class OrderTimeElapsedTests
{
    [Fact]
    public void TimeElapsedOn_HalfWayThroughATwelveMonthOrder_CountsDaysFromStartToEnd()
    {
        var order = CommunityOrder(new DateOnly(2024, 1, 8), RequirementTerms.Rar(20));

        var elapsed = order.TimeElapsedOn(new DateOnly(2024, 7, 8));

        Assert.Equal(182, elapsed.ElapsedDays);
        Assert.Equal(366, elapsed.TotalDays);
        Assert.Equal(184, elapsed.DaysLeft);
        Assert.Equal(49, elapsed.Percent);
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(400, 366)]
    public void TimeElapsedOn_BeforeStartOrAfterEnd_IsClampedToTheOrdersLife(int daysFromStart, int expectedElapsed)
    {
        var order = CommunityOrder(new DateOnly(2024, 1, 8), RequirementTerms.Rar(20));

        var elapsed = order.TimeElapsedOn(new DateOnly(2024, 1, 8).AddDays(daysFromStart));

        Assert.Equal(expectedElapsed, elapsed.ElapsedDays);
    }

    [Fact]
    public void RarProRata_UsesTheSameElapsedShare()
    {
        var order = CommunityOrder(new DateOnly(2024, 1, 8), RequirementTerms.Rar(20));
        var today = new DateOnly(2024, 7, 8);
        var elapsed = order.TimeElapsedOn(today);

        var expected = RarProRata.ExpectedDaysByNow(20, order.StartDate, order.ExpectedEndDate, today);

        Assert.Equal(decimal.Round(20m * elapsed.ElapsedDays / elapsed.TotalDays, 2), expected);
    }
}
