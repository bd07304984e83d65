namespace ProbationCase.Web.Cases.Journeys;

/// <summary>
/// One row of a check your answers summary list. Its Change action looks and reads as a GOV.UK Change link with
/// hidden context, but posts the journey's form (named <c>Change</c>) so the answers carried in hidden fields go
/// back with it; after the change the journey returns to the check page.
/// </summary>
public sealed record CheckAnswerRow(string Key, string Value, string? ChangeStep, string ChangeWhat);

/// <summary>
/// The back link of a question journey: the previous step, where the first step's link leaves to, and the answers so
/// far as hidden fields (<see cref="JourneyState.HiddenFields"/>) for it to post.
/// </summary>
public sealed record JourneyBack(string? PreviousStep, string LeaveHref, Microsoft.AspNetCore.Html.IHtmlContent Answers);
