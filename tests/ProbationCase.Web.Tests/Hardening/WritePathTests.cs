using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>The one write path: a child added to an aggregate moves its version, so a second add from the same form is told.</summary>
public sealed class WritePathTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static Dictionary<string, string> Objective(string description, RoCase ro) => new()
    {
        ["Input.Description"] = description,
        ["Input.Need"] = "Alcohol",
        ["Input.Activity"] = "RAR sessions",
        ["Input.DeliveredBy"] = "Responsible officer",
        ["Input.RequirementId"] = ro.RarId.ToString()!,
        ["Input.PlannedRarDays"] = "5",
    };

    [Fact]
    public async Task AddObjective_TwoOfficersFromTheSamePlanVersion_SecondGetsConflictAndOnlyFirstSaved()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "W100001", [RequirementTerms.Rar(20)]));
        var first = await SignedInClientAsync(RoCase.RoEmail);
        var second = await SignedInClientAsync(RoCase.RoEmail);
        var start = await first.SubmitFormAsync(await first.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan"), new Dictionary<string, string>(), "form[action*=Start]");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var firstForm = await first.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Objective");
        var secondForm = await second.GetDocumentAsync($"/Cases/{ro.PersonId}/Plan/Objective");

        var firstResponse = await first.SubmitFormAsync(firstForm, Objective("Reduce drinking", ro));
        var secondResponse = await second.SubmitFormAsync(secondForm, Objective("Find work", ro));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        await secondResponse.AssertConflictAsync($"/Cases/{ro.PersonId}/Plan/Objective");
        Assert.Equal(["Reduce drinking"], await InScopeAsync(db => db.Set<PlanObjective>().Select(o => o.Description).ToListAsync()));
    }
}
