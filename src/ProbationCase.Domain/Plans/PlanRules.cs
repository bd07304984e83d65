using System.Numerics;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Plans;

// [seed 000 §3.2, 001 §2.14] each objective is linked to a need or a risk.
public sealed class ObjectiveLinkedToNeedOrRiskRule(Needs need, RiskArea risk) : IBusinessRule
{
    public bool IsBroken() => (need == Needs.None && risk == RiskArea.None) || !BitOperations.IsPow2((uint)need) && need != Needs.None;

    public string Message => need != Needs.None && !BitOperations.IsPow2((uint)need)
        ? "Link each objective to one need."
        : "Link the objective to a need or a risk.";
}

// [seed 002 §2.2] objectives must refer to requirements the order has.
public sealed class ObjectiveRequirementOnOrderRule(Guid? requirementId, IEnumerable<Requirement> orderRequirements) : IBusinessRule
{
    public bool IsBroken() => requirementId is { } id && !orderRequirements.Any(requirement => requirement.Id == id);

    public string Message => "The objective refers to a requirement this order does not have.";
}

// [seed 000 §3.2] planned RAR days belong only on objectives delivered through the RAR.
public sealed class PlannedRarDaysNeedRarRule(int? plannedDays, Requirement? linked) : IBusinessRule
{
    public bool IsBroken() => plannedDays is not null && (linked is not RarRequirement || plannedDays < 1);

    public string Message => plannedDays < 1
        ? "Planned RAR days must be at least 1."
        : "Only an objective linked to the order's RAR can plan RAR days.";
}

// [seed 000 §3.2] planned RAR days across objectives never exceed the RAR maximum.
public sealed class PlannedRarDaysWithinMaximumRule(int alreadyPlanned, int adding, int maximumDays) : IBusinessRule
{
    public bool IsBroken() => alreadyPlanned + adding > maximumDays;

    public string Message =>
        $"The plan would use {alreadyPlanned + adding} RAR days but the court ordered a maximum of {maximumDays}.";
}

// [seed 002 §2.2] domestic abuse, safeguarding or RoSH medium+ needs an objective on keeping others safe.
public sealed class KeepOthersSafeObjectiveRequiredRule(RiskAssessment risk, IEnumerable<PlanObjective> objectives) : IBusinessRule
{
    public bool IsBroken() =>
        risk.NeedsKeepingOthersSafeObjective && !objectives.Any(objective => objective.Risk == RiskArea.KeepingOthersSafe);

    public string Message => "This case has a domestic abuse, safeguarding or medium or higher risk of serious harm flag. Add an objective on keeping others safe.";
}

// [seed 002 §2.1] the person's own views and whether they were involved are recorded.
public sealed class PersonsViewsRecordedRule(string? views, bool? involved) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(views) || involved is null;

    public string Message => "Record the person's views on the plan and whether they were involved in making it.";
}

public sealed class PlanNeedsObjectiveRule(int objectiveCount) : IBusinessRule
{
    public bool IsBroken() => objectiveCount == 0;

    public string Message => "Add at least one objective before signing off the plan.";
}

public sealed class PlanNotSignedOffRule(DateTimeOffset? signedOffAt, bool expectSignedOff) : IBusinessRule
{
    public bool IsBroken() => expectSignedOff ? signedOffAt is null : signedOffAt is not null;

    public string Message => expectSignedOff
        ? "Sign off the plan before reviewing it."
        : "The plan has already been signed off.";
}
