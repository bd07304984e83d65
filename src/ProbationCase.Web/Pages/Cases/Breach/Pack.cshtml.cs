using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Pages.Cases.Orders;

namespace ProbationCase.Web.Pages.Cases.Breach;

/// <summary>
/// Prepare and send the breach pack [DOMAIN.md §9; seed 004: one in four returned as incomplete]: the failures,
/// the dated warnings and what the order requires come from the record; the officer writes the compliance
/// history, progress so far and the proposal to the court. The completeness check
/// (<see cref="BreachPackCompleteness"/>) blocks sending while a section is missing.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class PackModel(ProbationCaseDbContext db, TimeProvider clock, CaseDeadlinesSource deadlines) : OrderWritePage(db, clock)
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [FromRoute]
    public Guid DecisionId { get; set; }

    [BindProperty]
    public BreachPackInput Input { get; set; } = new();

    [BindProperty]
    public SendPackInput Send { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public EnforcementDecision Breach { get; private set; } = null!;

    public BreachRow Row { get; private set; } = null!;

    public IReadOnlyList<BreachPackSection> Missing { get; private set; } = [];

    public RarProgress? RarProgress { get; private set; }

    protected override string Heading => "Breach pack";

    protected override string PagePath => "/Cases/Breach/Index";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        var sections = Breach.PackSections;
        Input = new BreachPackInput
        {
            ComplianceHistory = sections.ComplianceHistory,
            ProgressSoFar = sections.ProgressSoFar,
            ProposalToCourt = sections.ProposalToCourt,
            Version = VersionOf(Breach),
        };
        Send = new SendPackInput { SentOn = DateInput.From(Today), Version = Input.Version };
        return Page();
    }

    /// <summary>Saves the officer's sections.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new BreachPackInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var sections = new BreachPackSections(Input.ComplianceHistory, Input.ProgressSoFar, Input.ProposalToCourt);
        await ChangeAsync(Breach, Input.Version, string.Empty, () => Order.WriteBreachPack(DecisionId, sections, Now), cancellationToken);
        return RedirectToPage(new { personId = PersonId, orderId = OrderId, decisionId = DecisionId, done = "saved" });
    }

    /// <summary>Marks the pack sent to court; refused while a section is missing.</summary>
    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        KeepStoredSections();
        if (!IsValid(new SendPackInputValidator(), Send, nameof(Send)))
        {
            return PageWithErrors();
        }

        Send.SentOn.TryToDateOnly(out var sentOn);
        await ChangeAsync(Breach, Send.Version, $"{nameof(Send)}.{nameof(Send.SentOn)}", () => Order.SendBreach(DecisionId, sentOn, Today, Now), cancellationToken);
        return RedirectToPage(new { personId = PersonId, orderId = OrderId, decisionId = DecisionId, done = "sent" });
    }

    private void KeepStoredSections()
    {
        var sections = Breach.PackSections;
        Input = new BreachPackInput { ComplianceHistory = sections.ComplianceHistory, ProgressSoFar = sections.ProgressSoFar, ProposalToCourt = sections.ProposalToCourt, Version = Send.Version };
    }

    /// <summary>A refused change shows the stored pack, described again.</summary>
    public override async Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken)
    {
        await base.ReloadAfterRuleBrokenAsync(cancellationToken);
        await DescribeAsync(cancellationToken);
    }

    private async Task<bool> LoadBreachAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return false;
        }

        if (Order.Decisions.SingleOrDefault(d => d.Id == DecisionId && d.Kind == EnforcementDecisionKind.Breach) is null)
        {
            return false;
        }

        await DescribeAsync(cancellationToken);
        return true;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        Breach = Order.Decisions.Single(d => d.Id == DecisionId);
        Row = BreachRow.For(Order, Breach, await deadlines.GetAsync(cancellationToken), Today);
        Missing = Breach.PackStage is null ? [] : BreachPackCompleteness.MissingSections(Order, Breach);
        if (Order.Rar is { } rar)
        {
            var contacts = await Db.Contacts.AsNoTracking().Where(c => c.OrderId == Order.Id && c.RequirementId == rar.Id).ToListAsync(cancellationToken);
            RarProgress = RarLedger.Calculate(Order, contacts, Now, TimelinessPolicy.Default);
        }
    }
}

public sealed class BreachPackInput
{
    public uint Version { get; set; }

    public string? ComplianceHistory { get; set; }

    public string? ProgressSoFar { get; set; }

    public string? ProposalToCourt { get; set; }
}

public sealed class SendPackInput
{
    public uint Version { get; set; }

    public DateInput SentOn { get; set; } = new();
}

public sealed class BreachPackInputValidator : AbstractValidator<BreachPackInput>
{
    public BreachPackInputValidator()
    {
        RuleFor(x => x.ComplianceHistory).MaximumLength(4000).WithMessage("The compliance history must be 4000 characters or fewer");
        RuleFor(x => x.ProgressSoFar).MaximumLength(4000).WithMessage("Progress so far must be 4000 characters or fewer");
        RuleFor(x => x.ProposalToCourt).MaximumLength(4000).WithMessage("Your proposal to the court must be 4000 characters or fewer");
    }
}

public sealed class SendPackInputValidator : AbstractValidator<SendPackInput>
{
    public SendPackInputValidator() =>
        RuleFor(x => x.SentOn).MustBeRealDate("Date the pack was sent", "Enter the date the pack was sent to court");
}
