using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Benchmarks.Hosting;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Caseload;
using ProbationCase.Infrastructure.CaseSummaries;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Benchmarks.Checking;

/// <summary>One rule a sampled case breaks.</summary>
public sealed record CaseProblem(string Crn, string Rule, string Detail);

/// <summary>What the sample check found.</summary>
public sealed record SampleCheckResult(int Cases, int Contacts, int Orders, int Plans, int Summaries, IReadOnlyList<CaseProblem> Problems, int Reports = 0, int OpenReports = 0);

/// <summary>
/// Reads a sample of generated cases back through EF (as the app reads them: every navigation of the
/// model, loaded from the rows the generator wrote) and puts each through the domain's own rules: the
/// order's shape (length, start, offences, requirements), each contact's type, requirement, outcome and
/// absence rules, the RAR ledger (days never above the maximum, nothing counted after the end), unpaid
/// work within its hours and ETE share, enforcement records pointing at real failures, and the plan's
/// objectives against the order; the pre-sentence reports of those people and a sample of open ones against
/// the report rules (closed only when sentenced, ready only with checks resolved, RoSH screened and a proposal, no
/// check back before it was asked for, nothing requested after the clock); and each stored case summary equals <see cref="CaseSummary.Compute"/> of the
/// case as read back (the lead's own loader, <see cref="CaseFiles"/>). A broken rule is a generator (or writer) bug, so the command fails.
/// </summary>
public sealed class DomainSampleCheck(string connectionString)
{
    public async Task<SampleCheckResult> RunAsync(int sampleSize, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var host = AppServices.Create(connectionString);
        List<Guid> sample;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            // An even spread over the CRN order, the same cases each time for the same data.
            var people = await db.People.CountAsync(cancellationToken);
            var step = Math.Max(1, people / Math.Max(1, sampleSize));
            sample = await db.Database.SqlQuery<Guid>(
                    $"SELECT id AS \"Value\" FROM (SELECT id, row_number() OVER (ORDER BY crn) AS n FROM people) p WHERE n % {step} = 0 ORDER BY n LIMIT {sampleSize}")
                .ToListAsync(cancellationToken);
        }

        var problems = new List<CaseProblem>();
        int contacts = 0, orders = 0, plans = 0, summaries = 0;
        foreach (var chunk in sample.Chunk(50))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            var people = await db.People.Where(person => chunk.Contains(person.Id)).ToListAsync(cancellationToken);
            var personOrders = await db.Orders.Where(order => chunk.Contains(order.PersonId)).ToListAsync(cancellationToken);
            var personContacts = await db.Contacts.Where(contact => chunk.Contains(contact.PersonId)).ToListAsync(cancellationToken);
            var orderIds = personOrders.Select(order => order.Id).ToList();
            var personPlans = await db.SentencePlans.Where(plan => orderIds.Contains(plan.OrderId)).ToListAsync(cancellationToken);
            foreach (var entity in people.Cast<object>().Concat(personOrders).Concat(personContacts).Concat(personPlans))
            {
                await LoadChildrenAsync(db, entity, cancellationToken);
            }

            // [issue 10] the stored summary equals the domain's computation from the aggregates as read back.
            var upkeep = scope.ServiceProvider.GetRequiredService<CaseSummaryUpkeep>();
            var rules = await upkeep.RulesAsync(db, cancellationToken);
            var stored = await db.CaseSummaries.AsNoTracking().Where(summary => chunk.Contains(summary.PersonId)).ToDictionaryAsync(summary => summary.PersonId, cancellationToken);
            var summaryType = db.Model.FindEntityType(typeof(CaseSummary))!;
            foreach (var file in await CaseFiles.LoadAsync(db, chunk, cancellationToken))
            {
                summaries++;
                if (!stored.TryGetValue(file.Person.Id, out var summary))
                {
                    problems.Add(new CaseProblem(file.Person.Crn.Value, "CaseSummaryStored", "no summary row"));
                    continue;
                }

                var computed = CaseSummary.Compute(file, rules);
                foreach (var property in summaryType.GetProperties().Where(property => !property.IsShadowProperty()))
                {
                    var getter = property.GetGetter();
                    if (!SameValue(getter.GetClrValue(summary), getter.GetClrValue(computed)))
                    {
                        problems.Add(new CaseProblem(file.Person.Crn.Value, "CaseSummaryEqualsComputation",
                            $"{property.Name}: stored {getter.GetClrValue(summary)}, computed {getter.GetClrValue(computed)}"));
                    }
                }
            }

            foreach (var person in people)
            {
                var theirOrders = personOrders.Where(order => order.PersonId == person.Id).ToList();
                var theirContacts = personContacts.Where(contact => contact.PersonId == person.Id).OrderBy(contact => contact.StartsAt).ToList();
                contacts += theirContacts.Count;
                orders += theirOrders.Count;
                foreach (var order in theirOrders)
                {
                    var plan = personPlans.SingleOrDefault(p => p.OrderId == order.Id);
                    plans += plan is null ? 0 : 1;
                    Check(person, order, theirContacts.Where(contact => contact.OrderId == order.Id).ToList(), plan, now, problems);
                }

                if (theirOrders.Count == 0)
                {
                    problems.Add(new CaseProblem(person.Crn.Value, "PersonHasOrder", "no order"));
                }
            }
        }

        var (reports, open) = await CheckReportsAsync(host.Services, sample, sampleSize, now, problems, cancellationToken);
        return new SampleCheckResult(sample.Count, contacts, orders, plans, summaries, problems, reports, open);
    }

    /// <summary>[DOMAIN.md §10] the sampled people's reports and up to a tenth of the sample again of open reports.</summary>
    private static async Task<(int Reports, int Open)> CheckReportsAsync(IServiceProvider services, List<Guid> sample, int sampleSize, DateTimeOffset now, List<CaseProblem> problems, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var openIds = await db.PreSentenceReports.Where(PreSentenceReport.IsOpen).OrderBy(report => report.Id).Select(report => report.Id).Take(Math.Max(1, sampleSize / 10)).ToListAsync(cancellationToken);
        var reports = await db.PreSentenceReports.AsNoTracking()
            .Include(report => report.Checks).Include(report => report.Proposal)
            .Where(report => sample.Contains(report.PersonId) || openIds.Contains(report.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var crns = await db.People.Where(person => reports.Select(report => report.PersonId).Contains(person.Id)).ToDictionaryAsync(person => person.Id, person => person.Crn.Value, cancellationToken);
        foreach (var report in reports)
        {
            var crn = crns.GetValueOrDefault(report.PersonId, "?");
            void Rule(IBusinessRule rule)
            {
                if (rule.IsBroken())
                {
                    problems.Add(new CaseProblem(crn, rule.GetType().Name, $"report {report.Id}: {rule.Message}"));
                }
            }

            if (report.IsClosed)
            {
                Rule(new ReportMustBeSentencedRule(report.Status));
                Rule(new OralReportNeedsTypedRecordRule(report.Type, report.TypedRecord));
            }

            if (report.Status is PsrStatus.Ready or PsrStatus.Delivered or PsrStatus.Sentenced)
            {
                Rule(new ChecksMustBeResolvedBeforeReadyRule(report.Checks));
                Rule(new ReportNeedsRoshScreeningRule(report.Assessment));
                Rule(new ReportNeedsProposalRule(report.Proposal));
            }

            if (report.SentencedOn is { } sentenced)
            {
                Rule(new SentenceNotBeforeHearingRule(report.HearingDate, sentenced));
            }

            foreach (var check in report.Checks)
            {
                Rule(new CheckDateNotBeforeRequestRule(check.RequestedOn, check.ReturnedOn ?? check.RequestedOn ?? default));
                foreach (var chased in check.ChasedOn)
                {
                    Rule(new CheckDateNotBeforeRequestRule(check.RequestedOn, chased));
                }
            }

            if (report.RequestedAt > now || report.ReadyAt > now)
            {
                problems.Add(new CaseProblem(crn, "NothingRecordedAfterTheClock", $"report {report.Id} requested {report.RequestedAt:O}, ready {report.ReadyAt:O}"));
            }
        }

        return (reports.Count, reports.Count(report => !report.IsClosed));
    }

    private static bool SameValue(object? stored, object? computed) => (stored, computed) switch
    {
        (null, null) => true,
        (string a, string b) => a == b,
        (IEnumerable a, IEnumerable b) => a.Cast<object?>().SequenceEqual(b.Cast<object?>()),
        _ => Equals(stored, computed),
    };

    // Every child the model reaches by navigation, as the app's includes would load it.
    private static async Task LoadChildrenAsync(ProbationCaseDbContext db, object entity, CancellationToken cancellationToken)
    {
        var entry = db.Entry(entity);
        foreach (var navigation in entry.Navigations.Where(navigation => navigation.Metadata is Microsoft.EntityFrameworkCore.Metadata.INavigation { IsOnDependent: false }))
        {
            if (!navigation.IsLoaded)
            {
                await navigation.LoadAsync(cancellationToken);
            }

            var value = navigation.CurrentValue;
            foreach (var child in value is IEnumerable children ? children.Cast<object>() : value is null ? [] : [value])
            {
                await LoadChildrenAsync(db, child, cancellationToken);
            }
        }
    }

    private static void Check(PersonOnProbation person, Order order, List<Contact> contacts, SentencePlan? plan, DateTimeOffset now, List<CaseProblem> problems)
    {
        var crn = person.Crn.Value;
        void Rule(IBusinessRule rule, string detail = "")
        {
            if (rule.IsBroken())
            {
                problems.Add(new CaseProblem(crn, rule.GetType().Name, $"{rule.Message} {detail}".Trim()));
            }
        }

        var offences = order.Offences.Select(offence => new OffenceDetails(offence.Description, offence.OffenceDate)).ToList();
        Rule(new OrderLengthWithinLimitRule(order.Type, order.StartDate, order.ExpectedEndDate));
        Rule(new OrderStartsOnOrAfterSentenceRule(order.SentenceDate, order.StartDate));
        Rule(new OrderNeedsOffenceRule(offences, order.SentenceDate));
        Rule(new CommunityOrderNeedsRequirementRule(order.Type, order.Requirements.Count));
        Rule(new RarNeedsOffenceUnderOraRule(order.Rar is not null, offences.Select(offence => offence.OffenceDate)));
        if (order.ActualEndDate is { } ended)
        {
            Rule(new TerminationDateValidRule(order.StartDate, ended));
        }

        foreach (var contact in contacts)
        {
            var linked = contact.RequirementId is { } requirementId ? order.Requirements.SingleOrDefault(requirement => requirement.Id == requirementId) : null;
            Rule(new ContactBelongsToOrderRule(contact.OrderId, order.Id));
            Rule(new ContactTypeMatchesFaceToFaceRule(contact.Type, contact.IsFaceToFace));
            Rule(new ContactLinksToMatchingRequirementRule(contact.Type, linked), contact.Type.ToString());
            Rule(new NothingDatedAfterOrderEndRule(contact.Type.ToString(), contact.LondonDate, order.EndDate));
            if (contact.Outcome is { } outcome)
            {
                var absence = contact.AbsenceReason is { } reason ? new AcceptableAbsence(reason, contact.AbsenceRationale ?? string.Empty, contact.AbsenceEvidenceSeen ?? false) : null;
                Rule(new AcceptableAbsenceNeedsReasonAndRationaleRule(outcome, absence));
                Rule(new AttendanceCannotBeRecordedInAdvanceRule(outcome, contact.StartsAt, contact.OutcomeRecordedAt ?? now));
            }
        }

        if (order.Rar is { } rar)
        {
            var ledger = RarLedger.Calculate(order, contacts, now, TimelinessPolicy.Default);
            if (ledger.DaysDelivered > rar.MaximumDays)
            {
                problems.Add(new CaseProblem(crn, "RarDaysWithinMaximum", $"{ledger.DaysDelivered} days delivered of {rar.MaximumDays}"));
            }
        }

        if (order.UnpaidWork is { } unpaidWork)
        {
            Rule(new UnpaidWorkCannotExceedHoursOrderedRule(unpaidWork.MinutesWorked, 0, unpaidWork.MinutesOrdered));
            Rule(new EducationTrainingEmploymentWithinShareRule(unpaidWork.EducationTrainingEmploymentMinutes, 0, unpaidWork.MinutesOrdered));
            foreach (var session in unpaidWork.Sessions)
            {
                Rule(new NothingDatedAfterOrderEndRule("Unpaid work", session.WorkedOn, order.EndDate));
            }
        }

        foreach (var programme in order.Requirements.OfType<AccreditedProgrammeRequirement>())
        {
            if (programme.SessionsAttended > programme.SessionsRequired)
            {
                problems.Add(new CaseProblem(crn, nameof(ProgrammeSessionsCannotExceedRequiredRule), $"{programme.SessionsAttended} of {programme.SessionsRequired} sessions attended"));
            }
        }

        var failures = order.Failures.Select(failure => failure.Id).ToHashSet();
        foreach (var warning in order.Warnings.Where(warning => !failures.Contains(warning.FailureId)))
        {
            problems.Add(new CaseProblem(crn, "WarningForRecordedFailure", string.Create(CultureInfo.InvariantCulture, $"warning {warning.Id} has no failure")));
        }

        foreach (var decision in order.Decisions.Where(decision => !failures.Contains(decision.FailureId)))
        {
            problems.Add(new CaseProblem(crn, "DecisionForRecordedFailure", string.Create(CultureInfo.InvariantCulture, $"decision {decision.Id} has no failure")));
        }

        if (plan is not null)
        {
            Rule(new PlanBelongsToOrderRule(order.Id, plan.OrderId));
            var plannedRarDays = 0;
            foreach (var objective in plan.Objectives)
            {
                Rule(new ObjectiveLinkedToNeedOrRiskRule(objective.Need, objective.Risk));
                Rule(new ObjectiveRequirementOnOrderRule(objective.RequirementId, order.Requirements));
                plannedRarDays += objective.PlannedRarDays ?? 0;
            }

            if (order.Rar is { } planned)
            {
                Rule(new PlannedRarDaysWithinMaximumRule(0, plannedRarDays, planned.MaximumDays));
            }

            if (plan.SignedOffAt is not null)
            {
                Rule(new PlanNeedsObjectiveRule(plan.Objectives.Count));
            }
        }
    }
}
