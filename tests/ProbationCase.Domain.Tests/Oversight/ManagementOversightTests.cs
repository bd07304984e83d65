using ProbationCase.Domain.Oversight;

namespace ProbationCase.Domain.Tests.Oversight;

public class ManagementOversightTests
{
    private static readonly DateTimeOffset Now = TestCases.London(2024, 6, 3, 14);
    private static readonly DateOnly Today = new(2024, 6, 3);
    private static readonly Guid PersonId = Guid.Parse("0191a0d2-0000-7000-8000-0000000000e1");
    private static readonly Guid Spo = Guid.Parse("0191a0d2-0000-7000-8000-0000000000e2");

    private static ManagementOversight WithAction(DateOnly dueOn) =>
        ManagementOversight.Record(PersonId, Spo, "Risk management after police call-out", [new OversightActionDetails("Request a police domestic abuse check", TestCases.Officer, dueOn)], Now);

    [Fact]
    public void Record_WithAction_KeepsWhatWasReviewedAndTheAction()
    {
        var oversight = WithAction(Today.AddDays(7));

        var action = Assert.Single(oversight.Actions);
        Assert.Equal((PersonId, Spo, "Risk management after police call-out", Now), (oversight.PersonId, oversight.ReviewedBy, oversight.WhatWasReviewed, oversight.RecordedAt));
        Assert.Equal((oversight.Id, TestCases.Officer, Today.AddDays(7)), (action.OversightId, action.OwnerId, action.DueOn));
    }

    [Fact]
    public void Record_NothingReviewed_Refused()
    {
        var error = Assert.Throws<DomainException>(() => ManagementOversight.Record(PersonId, Spo, " ", [], Now));

        Assert.Equal("Enter what was reviewed.", error.Message);
    }

    [Fact]
    public void AddAction_DueBeforeOversight_Refused()
    {
        var error = Assert.Throws<DomainException>(() => WithAction(Today.AddDays(-1)));

        Assert.Equal("The action's due date cannot be before the oversight was recorded.", error.Message);
    }

    [Fact]
    public void AddAction_NoDescription_Refused()
    {
        var oversight = ManagementOversight.Record(PersonId, Spo, "Caseload review", [], Now);

        Assert.Throws<DomainException>(() => oversight.AddAction(new OversightActionDetails("", TestCases.Officer, Today)));
    }

    [Fact]
    public void IsOverdue_ActionPastDueNotCompleted_True()
    {
        var oversight = WithAction(Today.AddDays(7));

        Assert.True(oversight.IsOverdue(Today.AddDays(8)));
    }

    [Fact]
    public void IsOverdue_OnTheDueDate_False()
    {
        var oversight = WithAction(Today.AddDays(7));

        Assert.False(oversight.IsOverdue(Today.AddDays(7)));
    }

    [Fact]
    public void IsOverdue_ActionCompleted_False()
    {
        var oversight = WithAction(Today.AddDays(7));
        oversight.CompleteAction(oversight.Actions.Single().Id, Today.AddDays(9));

        Assert.False(oversight.IsOverdue(Today.AddDays(10)));
    }

    [Fact]
    public void CompleteAction_Twice_Refused()
    {
        var oversight = WithAction(Today.AddDays(7));
        var actionId = oversight.Actions.Single().Id;
        oversight.CompleteAction(actionId, Today.AddDays(1));

        var error = Assert.Throws<DomainException>(() => oversight.CompleteAction(actionId, Today.AddDays(2)));

        Assert.Equal("This action has already been completed.", error.Message);
    }

    [Fact]
    public void CompleteAction_UnknownAction_Refused()
    {
        var oversight = WithAction(Today.AddDays(7));

        Assert.Throws<DomainException>(() => oversight.CompleteAction(Guid.CreateVersion7(), Today));
    }
}
