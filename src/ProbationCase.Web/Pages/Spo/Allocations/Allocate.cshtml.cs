using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Allocation;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Spo;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Spo.Allocations;

/// <summary>
/// Allocate a new case, or reallocate an allocated one, to an officer of the team, seeing each officer's
/// caseload, weighted workload and risk mix; the reason for every change of RO is recorded [DOMAIN.md §11].
/// </summary>
public sealed class AllocateModel(ProbationCaseDbContext db, AllocationQueries queries, TimeProvider clock) : SpoPageModel
{
    [FromRoute(Name = "personId")]
    public Guid PersonId { get; set; }

    protected override Guid? ViewedPersonId => Case is null ? null : PersonId;

    [BindProperty]
    public AllocationInput Input { get; set; } = new();

    public CaseForAllocation Case { get; private set; } = null!;

    public IReadOnlyList<OfficerWorkload> Officers { get; private set; } = [];

    public bool IsReallocation => Case.Status == AllocationStatus.Allocated;

    public IEnumerable<SelectListItem> OfficerItems => Officers
        .Where(officer => officer.OfficerId != Case.ResponsibleOfficerId)
        .Select(officer => new SelectListItem(
            $"{officer.Name} ({officer.GradeName}) – {officer.Cases} cases, weighted workload {officer.WeightedWorkload}",
            officer.OfficerId.ToString()));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!IsValid(new AllocationInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var officerField = $"{nameof(Input)}.{nameof(Input.OfficerId)}";
        if (!Officers.Any(officer => officer.OfficerId == Input.OfficerId))
        {
            return PageWithError(officerField, "Select an officer in your team");
        }

        var person = await db.People.Include(p => p.Allocations).SingleAsync(p => p.Id == PersonId);
        var officer = await db.Staff.SingleAsync(member => member.Id == Input.OfficerId);
        RuleField = officerField;
        if (person.AllocationStatus == AllocationStatus.Allocated)
        {
            person.Reallocate(officer, Team.StaffId, Input.Reason!, clock.GetUtcNow());
        }
        else
        {
            person.Allocate(officer, Team.StaffId, Input.Reason!, clock.GetUtcNow());
        }

        await db.SaveChangesAsync();

        TempData["Allocated"] = $"{Case.Name} allocated to {officer.Name}";
        return IsReallocation ? RedirectToPage("/Spo/Caseload/Index") : RedirectToPage("/Spo/Allocations/Index");
    }

    private async Task<bool> LoadAsync()
    {
        var found = await queries.CaseAsync(Team.TeamId, PersonId, HttpContext.RequestAborted);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Officers = await queries.WorkloadsAsync(Team.TeamId, HttpContext.RequestAborted);
        return true;
    }
}

public sealed class AllocationInput
{
    public Guid? OfficerId { get; set; }

    [MaxLengthOf<CaseAllocation>(nameof(CaseAllocation.Reason), Label = "Reason")]
    public string? Reason { get; set; }
}

public sealed class AllocationInputValidator : AbstractValidator<AllocationInput>
{
    public AllocationInputValidator()
    {
        RuleFor(x => x.OfficerId).NotEmpty().WithMessage("Select the officer to allocate the case to");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why you chose this officer");
    }
}
