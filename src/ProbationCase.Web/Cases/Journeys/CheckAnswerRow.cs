namespace ProbationCase.Web.Cases.Journeys;

/// <summary>
/// One row of a check your answers summary list. Its Change action is a submit button (named
/// <c>Change</c>) in the journey's form, so the answers carried in hidden fields go back with it.
/// </summary>
public sealed record CheckAnswerRow(string Key, string Value, string? ChangeStep, string ChangeWhat);
