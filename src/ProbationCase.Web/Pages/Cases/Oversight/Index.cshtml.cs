using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Oversight;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Cases.Oversight;

/// <summary>
/// Management oversight and enforcement decisions on one case [DOMAIN.md §9, §11]. Anyone who may see the case
/// reads it (so the RO sees the SPO's decisions); only an SPO in a team records oversight or completes actions.
/// </summary>
public sealed class IndexModel(
    ProbationCaseDbContext db,
    OversightQueries oversight,
    ApprovalQueries approvals,
    SpoTeam spoTeam,
    CurrentStaff staff,
    TimeProvider clock) : CasePageModel
{
    public const int ActionRows = 3;

    [BindProperty]
    public OversightInput Input { get; set; } = new();

    public CaseHeader Case { get; private set; } = null!;

    public IReadOnlyList<OversightEntryRow> Entries { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public SpoTeamContext? SpoTeamContext { get; private set; }

    public bool CanRecord => SpoTeamContext is not null;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!CanRecord)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!IsValid(new OversightInputValidator(OwnerItems.Select(item => (string?)item.Value).ToHashSet()), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var actions = Input.Actions
            .Where(action => !action.IsBlank)
            .Select(action =>
            {
                action.Due.TryToDateOnly(out var due);
                return new OversightActionDetails(action.Description!, action.OwnerId!.Value, due);
            })
            .ToList();
        RuleField = $"{nameof(Input)}.{nameof(Input.WhatWasReviewed)}";
        db.ManagementOversight.Add(ManagementOversight.Record(PersonId, SpoTeamContext!.StaffId, Input.WhatWasReviewed!, actions, clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Oversight"] = "Management oversight recorded";
        return RedirectToPage(new { personId = PersonId });
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid actionId)
    {
        await LoadAsync();
        if (!CanRecord)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var entry = await db.ManagementOversight.Include(o => o.Actions)
            .SingleOrDefaultAsync(o => o.PersonId == PersonId && o.Actions.Any(action => action.Id == actionId));
        if (entry is null)
        {
            return NotFound();
        }

        entry.CompleteAction(actionId, Today);
        await db.SaveChangesAsync();

        TempData["Oversight"] = "Action marked as complete";
        return RedirectToPage(new { personId = PersonId });
    }

    private async Task LoadAsync()
    {
        Today = LondonClock.Today(clock);
        Case = await oversight.HeaderAsync(PersonId, HttpContext.RequestAborted);
        Entries = await oversight.EntriesAsync(PersonId, HttpContext.RequestAborted);
        Decisions = await approvals.ForCaseAsync(PersonId, HttpContext.RequestAborted);
        if (staff.IsInRole(StaffRoles.SeniorProbationOfficer))
        {
            SpoTeamContext = await spoTeam.FindAsync(HttpContext.RequestAborted);
        }

        if (SpoTeamContext is not null)
        {
            var officers = await spoTeam.OfficersAsync(SpoTeamContext.TeamId, HttpContext.RequestAborted);
            OwnerItems = [new SelectListItem("Choose an officer", ""), .. officers.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
        }

        while (Input.Actions.Count < ActionRows)
        {
            Input.Actions.Add(new OversightActionInput());
        }
    }
}

public sealed class OversightInput
{
    [MaxLengthOf<ManagementOversight>(nameof(ManagementOversight.WhatWasReviewed), Label = "What you reviewed")]
    public string? WhatWasReviewed { get; set; }

    public List<OversightActionInput> Actions { get; set; } = [];
}

public sealed class OversightActionInput
{
    [MaxLengthOf<OversightAction>(nameof(OversightAction.Description), Label = "The action")]
    public string? Description { get; set; }

    public Guid? OwnerId { get; set; }

    public DateInput Due { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && OwnerId is null && Due.IsEmpty;
}

public sealed class OversightInputValidator : AbstractValidator<OversightInput>
{
    public OversightInputValidator(IReadOnlySet<string?> owners)
    {
        RuleFor(x => x.WhatWasReviewed).NotEmpty().WithMessage("Enter what you reviewed");
        RuleForEach(x => x.Actions).ChildRules(action =>
        {
            action.RuleFor(a => a.Description).NotEmpty().WithMessage("Enter the action").When(a => !a.IsBlank);
            action.RuleFor(a => a.OwnerId).NotEmpty().WithMessage("Select who owns the action")
                .Must(id => owners.Contains(id.ToString())).WithMessage("Select an officer in your team")
                .When(a => !a.IsBlank);
            action.RuleFor(a => a.Due).MustBeRealDate("Due date", "Enter the date the action is due").When(a => !a.IsBlank);
        });
    }
}
