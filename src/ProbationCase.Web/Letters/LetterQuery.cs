using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Letters;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Letters;

/// <summary>
/// Composes each printable from the record [DOMAIN.md §9; seed 000 F18]: the induction summary (each requirement
/// in plain English with its numbers, the end date, reporting instructions, what happens on failure), the
/// appointment letter, the warning letter (Sch 8 para 5(2), dated the day the warning was given) and the breach pack.
/// </summary>
public sealed class LetterQuery(ProbationCaseDbContext db, TimeProvider clock)
{
    private const string OnFailure =
        "If you miss an appointment or do not do what you are asked without a good reason, you will be given a warning. "
        + "If it happens again within 12 months of a warning, you will be taken back to court, which can add to your order, make it longer, fine you or re-sentence you.";

    /// <summary>The letter for <paramref name="kind"/> about <paramref name="subjectId"/>, or null if the order or subject is not this person's.</summary>
    public async Task<LetterDocument?> ComposeAsync(Guid personId, Guid orderId, LetterKind kind, Guid? subjectId, CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(personId, orderId, tracking: false, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FirstName, p.LastName, p.Crn, p.Address, p.ResponsibleOfficerId })
            .SingleAsync(cancellationToken);
        var officer = await db.Staff.AsNoTracking().Where(s => s.Id == person.ResponsibleOfficerId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
            ?? "Your probation officer";
        var letter = new Addressee($"{person.FirstName} {person.LastName}", person.Crn.Value,
            person.Address is { } a ? new[] { a.Line1, a.Line2, a.Town, a.Postcode }.OfType<string>().ToList() : [], officer);
        var today = LondonClock.Today(clock);

        return kind switch
        {
            LetterKind.InductionSummary => await InductionAsync(order, letter, today, cancellationToken),
            LetterKind.AppointmentLetter when subjectId is { } contactId => await AppointmentAsync(order, letter, contactId, today, cancellationToken),
            LetterKind.WarningLetter when subjectId is { } warningId => await WarningAsync(order, letter, warningId, cancellationToken),
            LetterKind.BreachPack when subjectId is { } decisionId => await BreachPackAsync(order, letter, decisionId, today, cancellationToken),
            _ => null,
        };
    }

    private async Task<LetterDocument> InductionAsync(Order order, Addressee to, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sections = new List<LetterSection>
        {
            new("Your order",
                [$"On {UiDefaults.Date(order.SentenceDate)} {order.SentencingCourt} gave you a {UiDefaults.Of(order.Type).ToLowerInvariant()}. It ends on {UiDefaults.Date(order.EndDate)}."],
                [new("Order", UiDefaults.Of(order.Type)), new("Started", UiDefaults.Date(order.StartDate)), new("Ends", UiDefaults.Date(order.EndDate))],
                "order"),
        };

        var rarProgress = await RarAsync(order, cancellationToken);
        sections.Add(new LetterSection("What your order requires", order.Requirements.Select(requirement => PlainEnglish(requirement, rarProgress)).ToList(), [], "requirements"));

        var upcoming = await db.Contacts.AsNoTracking()
            .Where(c => c.OrderId == order.Id && c.StartsAt > now && c.Outcome == null)
            .OrderBy(c => c.StartsAt).Take(5)
            .Select(c => new { c.StartsAt, c.Type })
            .ToListAsync(cancellationToken);
        sections.Add(new LetterSection("Reporting instructions",
            [
                "You must keep in touch with your probation officer as they tell you, and tell them straight away if you change address.",
                upcoming.Count == 0 ? "Your probation officer will give you your appointments." : "Your next appointments:",
            ],
            upcoming.Select(c => new LetterRow(UiDefaults.DateTime(c.StartsAt), UiDefaults.Of(c.Type))).ToList(),
            "reporting"));
        sections.Add(LetterSection.Text("If you do not keep to your order", OnFailure));
        return new LetterDocument("Your order: induction summary", today, to.Name, to.Address, to.Officer, [Reference(to), .. sections]);
    }

    private async Task<LetterDocument?> AppointmentAsync(Order order, Addressee to, Guid contactId, DateOnly today, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId && c.OrderId == order.Id, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        return new LetterDocument("Your appointment", today, to.Name, to.Address, to.Officer,
        [
            Reference(to),
            new LetterSection("Your appointment",
                [$"You must attend this appointment as part of your {UiDefaults.Of(order.Type).ToLowerInvariant()}."],
                [new("Date and time", UiDefaults.DateTime(contact.StartsAt)), new("Appointment", UiDefaults.Of(contact.Type))],
                "appointment"),
            LetterSection.Text("If you cannot attend",
                "Contact your probation officer before the appointment and tell them why. You may be asked for evidence, such as a doctor's note.",
                OnFailure),
        ]);
    }

    private async Task<LetterDocument?> WarningAsync(Order order, Addressee to, Guid warningId, CancellationToken cancellationToken)
    {
        var warning = order.Warnings.SingleOrDefault(w => w.Id == warningId);
        if (warning is null)
        {
            return null;
        }

        var failure = order.Failures.Single(f => f.Id == warning.FailureId);
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == failure.ContactId).Select(c => new { c.StartsAt, c.Type, c.Outcome }).SingleAsync(cancellationToken);
        var what = contact.Outcome switch
        {
            ContactOutcome.AttendedFailedToComply => $"on {UiDefaults.Date(failure.OccurredOn)} you attended your {UiDefaults.Of(contact.Type).ToLowerInvariant()} but did not comply with what you were asked to do.",
            ContactOutcome.AttendedSentHomeBehaviour => $"on {UiDefaults.Date(failure.OccurredOn)} you were sent home from your {UiDefaults.Of(contact.Type).ToLowerInvariant()} because of your behaviour.",
            _ => $"on {UiDefaults.Date(failure.OccurredOn)} you did not attend your {UiDefaults.Of(contact.Type).ToLowerInvariant()} at {UiDefaults.Time(contact.StartsAt)} and did not give an acceptable reason.",
        };

        // [statute: Sch 8 para 5(2), para 6] dated the day the warning was given.
        return new LetterDocument("Warning: failure to comply with your order", warning.GivenOn, to.Name, to.Address, to.Officer,
        [
            Reference(to),
            new LetterSection("Warning",
                WarningLetterWording.StatutoryStatements(what, warning.GivenOn, order.Type == OrderType.Licence),
                [new("Warning given on", UiDefaults.Date(warning.GivenOn)), new("Order", $"{UiDefaults.Of(order.Type)}, {order.SentencingCourt}, {UiDefaults.Date(order.SentenceDate)}")],
                "statutory-warning"),
            LetterSection.Text("What your probation officer told you", warning.Content),
        ]);
    }

    private async Task<LetterDocument?> BreachPackAsync(Order order, Addressee to, Guid decisionId, DateOnly today, CancellationToken cancellationToken)
    {
        var breach = order.Decisions.SingleOrDefault(d => d.Id == decisionId && d.Kind == EnforcementDecisionKind.Breach);
        if (breach is null)
        {
            return null;
        }

        var failedOn = order.Failures.Single(f => f.Id == breach.FailureId).OccurredOn;
        var windowStart = failedOn.AddMonths(-Order.EnforcementWindowMonths);
        var rarProgress = await RarAsync(order, cancellationToken);
        var missing = BreachPackCompleteness.MissingSections(order, breach);
        return new LetterDocument($"Breach of a {UiDefaults.Of(order.Type).ToLowerInvariant()}", breach.SentToCourtOn ?? today, order.SentencingCourt, [], to.Officer,
        [
            new LetterSection("The person and the order", [],
                [new("Name", to.Name), new("CRN", to.Crn), new("Order", $"{UiDefaults.Of(order.Type)}, sentenced {UiDefaults.Date(order.SentenceDate)} at {order.SentencingCourt}"), new("Ends", UiDefaults.Date(order.EndDate))], "pack-order"),
            new LetterSection("1. The failures", [],
                order.Failures.Where(f => f.OccurredOn > windowStart && f.OccurredOn <= failedOn).OrderBy(f => f.OccurredOn)
                    .Select(f => new LetterRow(UiDefaults.Date(f.OccurredOn), f.Id == breach.FailureId ? "Unacceptable failure – the failure breached" : "Unacceptable failure")).ToList(), "pack-failures"),
            new LetterSection("2. Warnings", order.Warnings.Where(w => w.GivenOn <= failedOn).OrderBy(w => w.GivenOn).Select(w => $"Given {UiDefaults.Date(w.GivenOn)}: {w.Content}").ToList(), [], "pack-warnings"),
            LetterSection.Text("3. Compliance history", breach.PackComplianceHistory ?? "Missing"),
            new LetterSection("4. What the order requires", order.Requirements.Select(r => PlainEnglish(r, rarProgress)).ToList(), [], "pack-requirements"),
            LetterSection.Text("5. Progress so far", breach.PackProgressSoFar ?? "Missing"),
            LetterSection.Text("6. Proposal to the court", breach.PackProposalToCourt ?? "Missing"),
            .. missing.Count == 0 ? Array.Empty<LetterSection>() : [LetterSection.Text("Incomplete", $"Still missing: {string.Join(", ", missing.Select(BreachPackCompleteness.Describe))}.")],
        ]);
    }

    private async Task<RarProgress?> RarAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Rar is not { } rar)
        {
            return null;
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OrderId == order.Id && c.RequirementId == rar.Id).ToListAsync(cancellationToken);
        return RarLedger.Calculate(order, contacts, clock.GetUtcNow(), TimelinessPolicy.Default);
    }

    /// <summary>[seed 000 F18] each requirement in plain English, with its numbers.</summary>
    private static string PlainEnglish(Requirement requirement, RarProgress? rar) => requirement switch
    {
        RarRequirement r => $"Rehabilitation activities: up to {r.MaximumDays} days of activities arranged by your probation officer to help you stop offending. "
            + $"You have done {r.DaysDeliveredAtEnd ?? rar?.DaysDelivered ?? 0} so far. Meetings about your order and plan are part of this but do not count as days.",
        UnpaidWorkRequirement u => $"Unpaid work: {u.HoursOrdered} hours of work in the community, to be finished within 12 months. You have worked {UiDefaults.Number(u.MinutesWorked / 60m)} hours so far.",
        AccreditedProgrammeRequirement p => $"{p.ProgrammeName}: a group programme of {p.SessionsRequired} sessions. You have attended {p.SessionsAttended}.",
        GeneralRequirement g => $"{UiDefaults.Of(g.Type)}{(g.Details is { } d ? $": {d}" : "")}{(g.LengthInDays is { } days ? $", for {days} days" : "")}.",
        _ => UiDefaults.Of(requirement.Type),
    } + (requirement.IsFinished ? $" (Ended {UiDefaults.Date(requirement.EndDate)}.)" : "");

    private static LetterSection Reference(Addressee to) =>
        new(null, [], [new("Name", to.Name), new("CRN", to.Crn)], "reference");

    private sealed record Addressee(string Name, string Crn, IReadOnlyList<string> Address, string Officer);
}
