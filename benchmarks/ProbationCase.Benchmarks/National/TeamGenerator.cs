using Microsoft.AspNetCore.Identity;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Benchmarks.National;

/// <summary>One generated team: its staff, sign-ins and cases, as the domain's own aggregates.</summary>
internal sealed record GeneratedTeam(int Number, IReadOnlyList<object> Roots, IReadOnlyList<DemoCase> Cases, int Reports);

/// <summary>
/// Makes one team of the national region. Each case is written by the demo region's own case story
/// (<see cref="DemoRegionCaseStory"/>): person, risk, order, allocation, contacts and outcomes, warnings,
/// breaches and decisions, plan and reviews, made in time order through the domain's methods with a fixed
/// clock, so every rule the app enforces held when the data was made. The first cases of every team get
/// one of each order type, requirement type and enforcement path (the seeder's own briefs); a few cases are
/// restricted or exclude a member of staff; recently sentenced community orders and SSOs come with the
/// pre-sentence report that led to them, taken through the court's steps; every case gets the summary the
/// domain computes from its aggregates (<see cref="CaseSummary.Compute"/>).
/// </summary>
internal sealed class TeamGenerator(NationalRegion region, IReadOnlyDictionary<string, Guid> roleIds, string passwordHash, IReadOnlyList<Intervention> catalogue, CaseRules rules)
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.EnglandAndWales;

    /// <summary>Closed reports go back this far (recent community orders and SSOs).</summary>
    private const int ReportHistoryDays = 270;

    /// <summary>Open reports are for hearings up to this many days ahead.</summary>
    private const int OpenReportWindowDays = 21;

    public GeneratedTeam Generate(int teamIndex)
    {
        var random = region.RandomFor(teamIndex);
        var number = teamIndex + 1;
        var officerCount = random.Next(NationalRegion.MinOfficersPerTeam, NationalRegion.MaxOfficersPerTeam + 1);
        var plan = NationalRegion.PlanFor(teamIndex, random, officerCount);
        var office = Office.Create(plan.OfficeName, plan.OfficeAddress);
        var team = Team.Create(plan.Name, office.Id);
        var spo = StaffMember.Create(plan.SeniorProbationOfficer, OfficerGrade.SeniorProbationOfficer, team.Id);
        var officers = plan.Officers.Select(officer => StaffMember.Create(officer.Name, officer.Grade, team.Id)).ToList();
        var demoTeam = new DemoTeam(team, spo, officers, plan);

        var roots = new List<object> { office, team, spo };
        roots.AddRange(officers);
        var spoUser = SignIn(roots, NationalRegion.SpoEmail(number), spo.Name, StaffRoles.SeniorProbationOfficer, spo.Id);
        var officerUsers = officers.Select((officer, i) => SignIn(roots, NationalRegion.OfficerEmail(number, i + 1), officer.Name, StaffRoles.ResponsibleOfficer, officer.Id)).ToList();
        var court = SignIn(roots, NationalRegion.CourtEmail(number), $"Court liaison {plan.Name}", StaffRoles.CourtLiaison, null);
        if (teamIndex == 0)
        {
            SignIn(roots, NationalRegion.AdminEmail, "Load test administrator", StaffRoles.Administrator, null);
        }

        // CRNs are unique within the team here; across teams, the generator renumbers the rare clash after the load.
        var crns = new HashSet<string>(StringComparer.Ordinal);
        var cases = new List<DemoCase>();
        var caseNumber = 0;
        var reports = 0;
        for (var o = 0; o < officers.Count; o++)
        {
            var caseload = random.Next(NationalRegion.MinCasesPerOfficer, NationalRegion.MaxCasesPerOfficer + 1);
            for (var i = 0; i < caseload; i++)
            {
                var brief = DemoRegionSeeder.BriefFor(caseNumber++, demoTeam, officers[o], random);
                var demo = new DemoRegionCaseStory(new Random(random.Next()), region.Now, crns, brief).Write();
                demo = WithLiaisonContacts(demo, officers[o].Id, new Random(random.Next()));
                LimitAccess(demo, random, officerUsers[o].Id, officerUsers, spoUser.Id);
                cases.Add(demo);
                if (WriteReport(demo, court.Id, random) is { } report)
                {
                    roots.Add(report);
                    reports++;
                }
            }
        }

        for (var i = 0; i < NationalRegion.AwaitingAllocationPerTeam; i++)
        {
            cases.Add(new DemoRegionCaseStory(new Random(random.Next()), region.Now, crns, new DemoCaseBrief(demoTeam, null, DemoCaseStage.JustSentenced)).Write());
        }

        // [DOMAIN.md §10] the reports being written now, for hearings in the next three weeks: the court work list's
        // default view. As many as the team's sentencing rate gives (reports over the last 270 days, per 21 days).
        var supervised = cases.Where(demo => demo.Person.ResponsibleOfficerId is not null).ToList();
        var openTarget = Math.Min(supervised.Count, (int)Math.Round(reports * OpenReportWindowDays / (double)ReportHistoryDays) + random.Next(-1, 2));
        foreach (var demo in supervised.OrderBy(_ => random.Next()).Take(Math.Max(0, openTarget)))
        {
            if (WriteOpenReport(demo, court.Id, random) is { } open)
            {
                roots.Add(open);
                reports++;
            }
        }

        foreach (var demo in cases)
        {
            roots.Add(demo.Person);
            roots.Add(demo.Order);
            roots.AddRange(demo.Contacts);
            if (demo.Plan is not null)
            {
                roots.Add(demo.Plan);
            }

            // [issue 10] the case's summary, worked out by the domain from the aggregates just made, as the app's upkeep would.
            roots.Add(CaseSummary.Compute(new CaseFile(demo.Person, [demo.Order], demo.Contacts, demo.Plan is null ? [] : [demo.Plan], []), rules));
        }

        return new GeneratedTeam(number, roots, cases, reports);
    }

    private static readonly string[] LiaisonNotes =
    [
        "Telephone call with the person: next appointment confirmed; no change in circumstances.",
        "Telephone call with the person: discussed housing application and benefits claim.",
        "Telephone call with the person: checked on wellbeing after a difficult week.",
        "Three-way call with the person and the drug and alcohol worker: treatment attendance reviewed.",
        "Three-way call with the person and the housing officer: tenancy sign-up arranged.",
        "Telephone call with the person: reminded of the unpaid work induction and what to bring.",
        "Telephone call with the person and their employer's HR contact: appointment times agreed around shifts.",
        "Call with the person and the mental health nurse: medication review discussed.",
    ];

    /// <summary>
    /// The calls the national case record is mostly made of, on top of the story's appointments: about one a
    /// week with the person (on their own or with a worker from another agency) while the order runs, each
    /// logged through the order and given its outcome the same day, as an officer records them. Not face to
    /// face, linked to no requirement, so no appointment, RAR day or warning the story made changes.
    /// </summary>
    private DemoCase WithLiaisonContacts(DemoCase demo, Guid officer, Random random)
    {
        var order = demo.Order;
        var today = LondonClock.DateOf(region.Now);
        var from = order.StartDate.AddDays(3);
        var until = order.ActualEndDate ?? today.AddDays(-1);
        if (until > today.AddDays(-1))
        {
            until = today.AddDays(-1);
        }

        var contacts = demo.Contacts.ToList();
        for (var day = Calendar.NextBusinessDayOnOrAfter(from); day <= until; day = Calendar.NextBusinessDayOnOrAfter(day.AddDays(random.Next(1, 7))))
        {
            var startsAt = LondonClock.ToUtc(day, new TimeOnly(random.Next(9, 17), random.Next(0, 4) * 15));
            var type = random.Next(10) < 7 ? ContactType.Telephone : ContactType.Other;
            var contact = order.ArrangeContact(
                new ContactArrangement(type, startsAt, IsFaceToFace: false, ContactDeliverer.ResponsibleOfficer, officer, Notes: LiaisonNotes[random.Next(LiaisonNotes.Length)]),
                startsAt);
            contact.RecordOutcome(ContactOutcome.AttendedComplied, null, officer, startsAt.AddMinutes(random.Next(10, 120)));
            contacts.Add(contact);
        }

        return demo with { Contacts = contacts };
    }

    private ApplicationUser SignIn(List<object> roots, string email, string name, string role, Guid? staffId)
    {
        // Rows as UserManager.CreateAsync would leave them; the hash is made once (PBKDF2 is slow by design).
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = name,
            StaffId = staffId,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        roots.Add(user);
        roots.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] });
        return user;
    }

    // [DOMAIN.md §12] about 1 case in 200 is restricted to its officer and SPO; about 1 in 200 excludes a colleague.
    private void LimitAccess(DemoCase demo, Random random, Guid officerUser, List<ApplicationUser> teamUsers, Guid spoUser)
    {
        var roll = random.Next(200);
        if (roll == 0)
        {
            demo.Person.RestrictTo([officerUser, spoUser], spoUser, region.Now);
        }
        else if (roll == 1 && teamUsers.Count > 1)
        {
            var colleague = teamUsers[random.Next(teamUsers.Count)].Id;
            if (colleague != officerUser)
            {
                demo.Person.ExcludeStaff(colleague, spoUser, region.Now);
            }
        }
    }

    /// <summary>
    /// [DOMAIN.md §10] the report behind a recent community order or SSO: checks, assessment, proposal, ready,
    /// delivered, sentence recorded, order linked, closed. Half of such cases have one (seed 003: most
    /// community sentences follow a report). Where the domain refuses a step (say, a programme the catalogue
    /// cannot offer), the case simply has no report.
    /// </summary>
    private PreSentenceReport? WriteReport(DemoCase demo, Guid author, Random random)
    {
        var order = demo.Order;
        var today = LondonClock.DateOf(region.Now);
        if (order.Type is not (OrderType.CommunityOrder or OrderType.SuspendedSentenceOrder)
            || order.SentenceDate < today.AddDays(-ReportHistoryDays) || random.Next(2) == 0)
        {
            return null;
        }

        var hearing = order.SentenceDate;
        var type = random.Next(100) switch { < 56 => PsrType.Oral, < 95 => PsrType.FastDelivery, _ => PsrType.StandardDelivery };
        var requestedOn = type == PsrType.Oral ? hearing : Calendar.AddBusinessDays(hearing, type == PsrType.FastDelivery ? -5 : -15);
        var requestedAt = LondonClock.ToUtc(requestedOn, new TimeOnly(9, 30));
        var readyAt = LondonClock.ToUtc(hearing, new TimeOnly(type == PsrType.Oral ? 13 : 9, 0));
        var terms = TermsOf(order);
        var months = Math.Max(1, ((order.ExpectedEndDate.Year - order.StartDate.Year) * 12) + order.ExpectedEndDate.Month - order.StartDate.Month);
        var sentence = order.Type == OrderType.CommunityOrder ? SentenceKind.CommunityOrder : SentenceKind.SuspendedSentenceOrder;
        var activities = terms.Any(term => term.Type == RequirementType.RehabilitationActivity)
            ? catalogue.Where(intervention => intervention.Type == InterventionType.RarActivity && intervention.IsAvailableNow).OrderBy(_ => random.Next()).Take(2).Select(intervention => intervention.Id).ToList()
            : [];
        try
        {
            var report = PreSentenceReport.Create(order.PersonId, type, order.SentencingCourt, hearing,
                order.Offences.Select(offence => new OffenceDetails(offence.Description, offence.OffenceDate)), author, requestedAt);
            foreach (var kind in new[] { PreSentenceCheckKind.PoliceDomesticAbuse, PreSentenceCheckKind.ChildrensServices })
            {
                report.RecordCheckRequested(kind, requestedOn);
                if (type == PsrType.Oral && random.Next(3) == 0)
                {
                    report.RecordCheckOutstandingToldToCourt(kind, hearing);
                }
                else
                {
                    report.RecordCheckReturned(kind, kind == PreSentenceCheckKind.PoliceDomesticAbuse ? "No domestic abuse call-outs recorded." : "Not known to children's services.", Min(requestedOn.AddDays(random.Next(0, 4)), hearing));
                }
            }

            var risk = demo.Person.Risk;
            report.RecordAssessment(new PsrAssessment
            {
                SourcesOfInformation = "Interview, CPS papers, previous convictions, police and children's services checks.",
                OffenceAnalysis = "Accepts responsibility; offence linked to the needs in the plan proposed.",
                RoshScreening = risk.Rosh,
                AtRisk = risk.AtRisk,
                OgrsPercent = risk.OgrsPercent,
                RsrPercent = risk.RsrPercent,
                FactorsLinkedToOffending = demo.Person.Needs,
            });
            report.ProposeSentence(sentence, months, terms, activities, "A community sentence addresses the factors linked to offending and manages the risk.", catalogue, requestedAt.AddHours(2));
            report.MarkReady(readyAt);
            report.MarkDelivered(hearing);
            if (type == PsrType.Oral)
            {
                report.RecordTypedRecord("Oral report given to the court: assessment, risk screening and the proposal as recorded.", readyAt.AddHours(3));
            }

            report.RecordSentence(new CourtSentence(sentence, hearing, months, terms), hearing);
            report.LinkOrder(order);
            report.Close(readyAt.AddHours(4));
            return report;
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private static readonly string[] NewOffences =
    [
        "Theft from a shop",
        "Assault by beating",
        "Possession of a controlled drug of class A",
        "Criminal damage",
        "Driving while disqualified",
        "Breach of a restraining order",
    ];

    /// <summary>
    /// [DOMAIN.md §10; seed 001 §1.5–1.8] a report being written for a hearing 1–21 days ahead, about a person the team
    /// already supervises (a new offence). Requested in the last days (fast delivery for hearings within 10 days,
    /// standard after), checks requested and some back; then, by how near the hearing is, not started, in progress
    /// (assessment written), ready (both checks back, proposal made) or delivered (a written report sent to court ahead
    /// of the hearing). All through the domain's methods; where it refuses a step the case gets no open report.
    /// </summary>
    private PreSentenceReport? WriteOpenReport(DemoCase demo, Guid author, Random random)
    {
        var today = LondonClock.DateOf(region.Now);
        var hearing = Calendar.NextBusinessDayOnOrAfter(today.AddDays(random.Next(1, OpenReportWindowDays + 1)));
        var daysToHearing = hearing.DayNumber - today.DayNumber;
        var type = daysToHearing >= 10 ? PsrType.StandardDelivery : PsrType.FastDelivery;
        var requestedOn = Calendar.NextBusinessDayOnOrAfter(today.AddDays(-random.Next(1, 8)));
        if (requestedOn > today)
        {
            requestedOn = today;
        }

        var requestedAt = LondonClock.ToUtc(requestedOn, new TimeOnly(9, 30));
        var offence = new OffenceDetails(NewOffences[random.Next(NewOffences.Length)], requestedOn.AddDays(-random.Next(14, 90)));
        // Nearer hearings are further on: delivered only when the hearing is days away.
        var stage = random.Next(100) + (daysToHearing <= 3 ? 40 : daysToHearing <= 7 ? 20 : 0);
        var status = stage switch
        {
            < 25 => PsrStatus.NotStarted,
            < 75 => PsrStatus.InProgress,
            < 110 => PsrStatus.Ready,
            _ => type == PsrType.FastDelivery ? PsrStatus.Delivered : PsrStatus.Ready,
        };
        try
        {
            var report = PreSentenceReport.Create(demo.Person.Id, type, demo.Order.SentencingCourt, hearing, [offence], author, requestedAt);
            foreach (var kind in new[] { PreSentenceCheckKind.PoliceDomesticAbuse, PreSentenceCheckKind.ChildrensServices })
            {
                report.RecordCheckRequested(kind, requestedOn);
                var back = status is PsrStatus.Ready or PsrStatus.Delivered || random.Next(3) == 0;
                if (back)
                {
                    report.RecordCheckReturned(kind, kind == PreSentenceCheckKind.PoliceDomesticAbuse ? "No domestic abuse call-outs recorded." : "Not known to children's services.", Min(requestedOn.AddDays(random.Next(0, 4)), today));
                }
                else if (requestedOn < today.AddDays(-2))
                {
                    report.RecordCheckChased(kind, today.AddDays(-1));
                }
            }

            if (status == PsrStatus.NotStarted)
            {
                return report;
            }

            var risk = demo.Person.Risk;
            report.RecordAssessment(new PsrAssessment
            {
                SourcesOfInformation = "Interview, CPS papers, previous convictions and the current order's record.",
                OffenceAnalysis = "New offence while under supervision; factors linked to offending as in the current plan.",
                RoshScreening = risk.Rosh,
                AtRisk = risk.AtRisk,
                OgrsPercent = risk.OgrsPercent,
                RsrPercent = risk.RsrPercent,
                FactorsLinkedToOffending = demo.Person.Needs,
            });
            if (status == PsrStatus.InProgress)
            {
                return report;
            }

            var activities = catalogue.Where(intervention => intervention.Type == InterventionType.RarActivity && intervention.IsAvailableNow).OrderBy(_ => random.Next()).Take(2).Select(intervention => intervention.Id).ToList();
            var terms = activities.Count > 0 ? [RequirementTerms.Rar(15), RequirementTerms.UnpaidWork(80)] : new List<RequirementTerms> { RequirementTerms.UnpaidWork(80) };
            report.ProposeSentence(SentenceKind.CommunityOrder, 12, terms, activities, "A community sentence addresses the factors linked to offending and manages the risk.", catalogue, Min(requestedAt.AddDays(1), region.Now.AddHours(-2)));
            report.MarkReady(Min(requestedAt.AddDays(2), region.Now.AddHours(-1)));
            if (status == PsrStatus.Delivered)
            {
                report.MarkDelivered(today);
            }

            return report;
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private static List<RequirementTerms> TermsOf(Order order) =>
        [.. order.Requirements.Select(requirement => requirement switch
        {
            RarRequirement rar => RequirementTerms.Rar(rar.MaximumDays),
            UnpaidWorkRequirement unpaidWork => RequirementTerms.UnpaidWork(unpaidWork.HoursOrdered),
            AccreditedProgrammeRequirement programme => RequirementTerms.AccreditedProgramme(programme.ProgrammeName, programme.SessionsRequired),
            GeneralRequirement general => RequirementTerms.Other(general.Type, general.Details, general.LengthInDays),
            _ => throw new InvalidOperationException($"Unknown requirement {requirement.GetType().Name}."),
        })];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
