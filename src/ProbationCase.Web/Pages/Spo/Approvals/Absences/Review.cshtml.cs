using Microsoft.AspNetCore.Mvc;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Approvals.Absences;

/// <summary>
/// One acceptable absence the officer accepted on professional judgement, with the evidence an enforcement decision
/// shows [DOMAIN.md §3, §9; seed 001 §2.34]: the contact and the officer's rationale, prior warnings and 12 months'
/// compliance. Team cases only (<see cref="TeamCaseAuthorisation"/>, from the route's person); the view is recorded.
/// </summary>
public sealed class ReviewModel(ApprovalQueries queries, EnforcementEvidenceQuery evidence) : SpoPageModel
{
    [FromRoute(Name = "personId")]
    public Guid PersonId { get; set; }

    [FromRoute(Name = "absenceId")]
    public Guid ContactId { get; set; }

    public AbsenceUnderReview Absence { get; private set; } = null!;

    public EvidenceContact Contact { get; private set; } = null!;

    public EvidenceView Evidence { get; private set; } = null!;

    protected override Guid? ViewedPersonId => Absence?.PersonId;

    public async Task<IActionResult> OnGetAsync()
    {
        var absence = await queries.AbsenceAsync(Team.TeamId, PersonId, ContactId, HttpContext.RequestAborted);
        if (absence is null)
        {
            return NotFound();
        }

        var record = await evidence.ForOrderAsync(absence.PersonId, absence.OrderId, HttpContext.RequestAborted);
        if (record?.Contact(absence.ContactId) is not { } contact)
        {
            return NotFound();
        }

        Absence = absence;
        Contact = contact;
        Evidence = new EvidenceView(record, Domain.Calendar.LondonClock.DateOf(contact.StartsAt));
        return Page();
    }
}
