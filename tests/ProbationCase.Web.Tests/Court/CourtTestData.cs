using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Web.Tests.Court;

/// <summary>Court work built through the domain's own methods, to the stage a test needs.</summary>
public static class CourtTestData
{
    public const string CourtEmail = "court@probation.test";
    public const string CourtName = "Exeter Magistrates' Court";

    public static readonly DateTimeOffset At = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Hearing = new(2025, 3, 10);
    public static readonly DateOnly OffenceDate = new(2025, 1, 2);

    public static PersonOnProbation Person(string crn, string first = "Jo", string last = "Example", DateOnly? born = null) =>
        PersonOnProbation.Create(Crn.Parse(crn), first, last, born ?? new DateOnly(1990, 5, 17), At);

    public static Intervention Activity(string name = "Thinking skills one-to-one", bool available = true) =>
        Intervention.Create(name, InterventionType.RarActivity, 6, "Interventions Alliance", "Exeter", isWomenOnly: false, isAvailableNow: available);

    public static (Office Office, Team Team) Team(string name = "Exeter North")
    {
        var office = Office.Create($"{name} office", null);
        return (office, Domain.Staff.Team.Create(name, office.Id));
    }

    public static PreSentenceReport Report(Guid personId, PsrType type = PsrType.StandardDelivery, string court = CourtName, DateOnly? hearing = null) =>
        PreSentenceReport.Create(personId, type, court, hearing ?? Hearing, [new OffenceDetails("Theft from a shop", OffenceDate)], Guid.NewGuid(), At);

    /// <summary>Assessed (low RoSH, OGRS 55) with a community order proposal: RAR 20 days with the activity.</summary>
    public static PreSentenceReport Proposed(this PreSentenceReport report, Intervention activity)
    {
        report.RecordAssessment(new PsrAssessment { RoshScreening = RoshLevel.Low, OgrsPercent = 55, SourcesOfInformation = "Interview.", OffenceAnalysis = "Opportunistic." });
        report.ProposeSentence(SentenceKind.CommunityOrder, 12, [RequirementTerms.Rar(20)], [activity.Id], "Structured work on thinking skills.", [activity], At);
        return report;
    }

    public static PreSentenceReport ChecksReturned(this PreSentenceReport report)
    {
        report.RecordCheckReturned(PreSentenceCheckKind.PoliceDomesticAbuse, "No call-outs.", Hearing.AddDays(-3));
        report.RecordCheckReturned(PreSentenceCheckKind.ChildrensServices, "Not known.", Hearing.AddDays(-3));
        return report;
    }

    public static PreSentenceReport Delivered(this PreSentenceReport report)
    {
        report.MarkReady(At);
        report.MarkDelivered(Hearing);
        return report;
    }

    /// <summary>Sentenced to a fine (no order to link) and closed: history, not work.</summary>
    public static PreSentenceReport Closed(this PreSentenceReport report, Intervention activity)
    {
        report.Proposed(activity).ChecksReturned().Delivered();
        report.RecordSentence(new CourtSentence(SentenceKind.Fine, Hearing, null, []), Hearing);
        report.Close(At);
        return report;
    }

    /// <summary>All the form's fields as a browser would post them (inputs, checked boxes, selects, textareas), with overrides.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IDocument page, string formSelector, IDictionary<string, string>? overrides = null, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        overrides ??= new Dictionary<string, string>();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !overrides.ContainsKey(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    if (input.Type is "submit") break;
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !overrides.ContainsKey(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement textarea when !string.IsNullOrEmpty(textarea.Name) && !overrides.ContainsKey(textarea.Name):
                    values.Add(new(textarea.Name, textarea.Value));
                    break;
            }
        }

        values.AddRange(overrides);
        if (extra is not null) values.AddRange(extra);
        return values;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
}
