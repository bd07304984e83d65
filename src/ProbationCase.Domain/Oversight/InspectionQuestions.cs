namespace ProbationCase.Domain.Oversight;

/// <summary>The inspection domains a case audit covers [DOMAIN.md §11, seed 002 Annex 2].</summary>
public enum AuditDomain
{
    Assessment = 1,
    Planning = 2,
    ImplementationAndDelivery = 3,
    Reviewing = 4,
    UnpaidWork = 5,
}

/// <summary>One inspection standard: its number, wording and the inspectorate's published rating.</summary>
public sealed record InspectionStandard(AuditDomain Domain, string Code, string Standard, string PublishedRating);

/// <summary>
/// One inspection question with the inspectorate's published "% yes" beside it.
/// <see cref="RelevantSubSampleOnly"/>: the published figure covers only cases where risk of serious harm
/// issues apply, so the question may be answered "not applicable" [seed 002 Annex 2, note 17].
/// </summary>
public sealed record InspectionQuestion(AuditDomain Domain, string Code, string Wording, int PublishedPercentYes, bool RelevantSubSampleOnly = false);

/// <summary>
/// The case audit questions and the published figures to show beside a team's own [DOMAIN.md §11].
/// Wording and figures: HM Inspectorate of Probation, Inspection of Dorset, Devon and Cornwall CRC (2019),
/// Annex 2 [seed 002 Annex 2].
/// </summary>
public static class InspectionQuestions
{
    public const string PublishedFiguresSource = "HM Inspectorate of Probation, Inspection of Dorset, Devon and Cornwall CRC (2019), Annex 2";

    // [seed 002 Annex 2] standards 2.1–2.4 (case supervision) and 4.1 (unpaid work), with the published ratings.
    public static IReadOnlyList<InspectionStandard> Standards { get; } =
    [
        new(AuditDomain.Assessment, "2.1", "Assessment is well-informed, analytical and personalised, actively involving the service user", "Requires improvement"),
        new(AuditDomain.Planning, "2.2", "Planning is well-informed, holistic and personalised, actively involving the service user", "Inadequate"),
        new(AuditDomain.ImplementationAndDelivery, "2.3", "High-quality, well-focused, personalised and coordinated services are delivered, engaging the service user", "Inadequate"),
        new(AuditDomain.Reviewing, "2.4", "Reviewing of progress is well-informed, analytical and personalised, actively involving the service user", "Inadequate"),
        new(AuditDomain.UnpaidWork, "4.1", "Unpaid work is delivered safely and effectively, engaging the service user in line with the expectations of the court", "Requires improvement"),
    ];

    // [seed 002 Annex 2] questions and % yes for Dorset, Devon and Cornwall CRC.
    public static IReadOnlyList<InspectionQuestion> All { get; } =
    [
        new(AuditDomain.Assessment, "2.1.1", "Does assessment focus sufficiently on engaging the service user?", 52),
        new(AuditDomain.Assessment, "2.1.2", "Does assessment focus sufficiently on the factors linked to offending and desistance?", 50),
        new(AuditDomain.Assessment, "2.1.3", "Does assessment focus sufficiently on keeping other people safe?", 53),
        new(AuditDomain.Planning, "2.2.1", "Does planning focus sufficiently on engaging the service user?", 53),
        new(AuditDomain.Planning, "2.2.2", "Does planning focus sufficiently on reducing reoffending and supporting the service user's desistance?", 58),
        new(AuditDomain.Planning, "2.2.3", "Does planning focus sufficiently on keeping other people safe?", 34, RelevantSubSampleOnly: true),
        new(AuditDomain.ImplementationAndDelivery, "2.3.1", "Is the sentence/post-custody period implemented effectively with a focus on engaging the service user?", 66),
        new(AuditDomain.ImplementationAndDelivery, "2.3.2", "Does the implementation and delivery of services effectively support the service user's desistance?", 44),
        new(AuditDomain.ImplementationAndDelivery, "2.3.3", "Does the implementation and delivery of services effectively support the safety of other people?", 30, RelevantSubSampleOnly: true),
        new(AuditDomain.Reviewing, "2.4.1", "Does reviewing focus sufficiently on supporting the service user's compliance and engagement?", 55),
        new(AuditDomain.Reviewing, "2.4.2", "Does reviewing focus sufficiently on supporting the service user's desistance?", 50),
        new(AuditDomain.Reviewing, "2.4.3", "Does reviewing focus sufficiently on keeping other people safe?", 24, RelevantSubSampleOnly: true),
        new(AuditDomain.UnpaidWork, "4.1.1", "Does assessment focus on the key issues relevant to unpaid work?", 93),
        new(AuditDomain.UnpaidWork, "4.1.2", "Do arrangements for unpaid work focus sufficiently on supporting the service user's engagement and compliance with the sentence?", 75),
        new(AuditDomain.UnpaidWork, "4.1.3", "Do arrangements for unpaid work maximise the opportunity for the service user's personal development?", 86),
        new(AuditDomain.UnpaidWork, "4.1.4", "Is the sentence of the court implemented appropriately?", 61),
    ];

    public static IEnumerable<InspectionQuestion> In(AuditDomain domain) => All.Where(question => question.Domain == domain);

    public static InspectionQuestion? Find(string code) => All.SingleOrDefault(question => question.Code == code);
}
