using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>
/// Seeds a believable demo region in Devon and Cornwall: offices, teams, SPOs and officers with sign-ins,
/// an interventions catalogue and a caseload per officer with a year of supervision behind it. Every
/// record is made through the domain's own methods, from a fixed random seed and relative to today, so
/// runs repeat. Skips when any team exists; never runs in Production.
/// </summary>
public sealed partial class DemoRegionSeeder(
    ProbationCaseDbContext db,
    DemoUserSeeder users,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DemoRegionSeeder> logger)
{
    /// <summary>The fixed seed: the same region every run (relative to today).</summary>
    public const int RandomSeed = 2017;

    /// <summary>Seeds the region; returns false (and changes nothing) when a team already exists.</summary>
    public async Task<bool> SeedAsync(DemoRegionSize size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(size);
        size.Validate();
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("The demo region is never created in Production.");
        }

        if (await db.Teams.AnyAsync(cancellationToken))
        {
            LogSkipped(logger);
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        var random = new Random(RandomSeed);
        var now = clock.GetUtcNow();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;

        // Everything is added as new, complete aggregates, so there is nothing for change detection to find.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var teams = await CreateTeamsAsync(size, cancellationToken);
            var signIns = await CreateSignInsAsync(teams);
            db.ChangeTracker.Clear();

            var crns = (await db.People.Select(person => person.Crn).ToListAsync(cancellationToken)).Select(crn => crn.Value).ToHashSet();
            var tally = new Tally();
            var caseNumber = 0;
            for (var t = 0; t < teams.Count; t++)
            {
                var team = teams[t];
                for (var o = 0; o < team.Officers.Count; o++)
                {
                    var officer = team.Officers[o];
                    var caseload = t == 0 && o == 0 ? size.DemoOfficerCases : random.Next(size.MinCasesPerOfficer, size.MaxCasesPerOfficer + 1);
                    var cases = new List<DemoCase>(caseload);
                    for (var i = 0; i < caseload; i++)
                    {
                        // Each case draws from its own generator, seeded from the region's, so one case's
                        // dates (which move with today) never shift the names and sizes of the next.
                        var brief = BriefFor(caseNumber++, team, officer, random);
                        cases.Add(new DemoRegionCaseStory(new Random(random.Next()), now, crns, brief).Write());
                    }

                    LimitAccess(t, o, cases, teams, signIns, now);
                    await SaveAsync(cases, tally, cancellationToken);
                }

                var awaiting = t == 0 ? size.AwaitingAllocationInFirstTeam : (size.AwaitingAllocationInFirstTeam + 2) / 3;
                var queue = Enumerable.Range(0, awaiting)
                    .Select(_ => new DemoRegionCaseStory(new Random(random.Next()), now, crns, new DemoCaseBrief(team, null, DemoCaseStage.JustSentenced)).Write())
                    .ToList();
                await SaveAsync(queue, tally, cancellationToken);
            }

            var officerCount = teams.Sum(team => team.Officers.Count);
            LogSeeded(logger, teams.Count, officerCount, tally.People, tally.Contacts, tally.Plans, stopwatch.ElapsedMilliseconds);
            return true;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    // Cases early in the run are given what a small region must still show: every order type, every
    // requirement kind, each enforcement path and each stage. The rest are left to chance.
    internal static DemoCaseBrief BriefFor(int caseNumber, DemoTeam team, StaffMember officer, Random random)
    {
        var orderTypes = Enum.GetValues<OrderType>();
        var requirementTypes = Enum.GetValues<RequirementType>();
        var extraFrom = orderTypes.Length;
        var storiesFrom = extraFrom + requirementTypes.Length;
        return caseNumber switch
        {
            _ when caseNumber < extraFrom => new DemoCaseBrief(team, officer, DemoCaseStage.InProgress, orderTypes[caseNumber]),
            _ when caseNumber < storiesFrom => new DemoCaseBrief(team, officer, DemoCaseStage.InProgress, OrderType.CommunityOrder, requirementTypes[caseNumber - extraFrom]),
            _ when caseNumber == storiesFrom => new DemoCaseBrief(team, officer, DemoCaseStage.InProgress, OrderType.CommunityOrder, Enforcement: DemoEnforcementStory.BreachSent),
            _ when caseNumber == storiesFrom + 1 => new DemoCaseBrief(team, officer, DemoCaseStage.InProgress, OrderType.SuspendedSentenceOrder, Enforcement: DemoEnforcementStory.BreachPending),
            _ when caseNumber == storiesFrom + 2 => new DemoCaseBrief(team, officer, DemoCaseStage.InProgress, OrderType.CommunityOrder, Enforcement: DemoEnforcementStory.DiscretionPending),
            _ when caseNumber == storiesFrom + 3 => new DemoCaseBrief(team, officer, DemoCaseStage.Ended),
            _ when caseNumber == storiesFrom + 4 => new DemoCaseBrief(team, officer, DemoCaseStage.NearlyFinished),
            _ when caseNumber == storiesFrom + 5 => new DemoCaseBrief(team, officer, DemoCaseStage.JustSentenced),
            _ => new DemoCaseBrief(team, officer, random.Next(100) switch
            {
                < 7 => DemoCaseStage.JustSentenced,
                < 69 => DemoCaseStage.InProgress,
                < 90 => DemoCaseStage.NearlyFinished,
                _ => DemoCaseStage.Ended,
            }),
        };
    }

    private async Task<List<DemoTeam>> CreateTeamsAsync(DemoRegionSize size, CancellationToken cancellationToken)
    {
        var teams = new List<DemoTeam>();
        foreach (var plan in DemoRegionNames.Teams.Take(size.Teams))
        {
            var office = Office.Create(plan.OfficeName, plan.OfficeAddress);
            var team = Team.Create(plan.Name, office.Id);
            var spo = StaffMember.Create(plan.SeniorProbationOfficer, OfficerGrade.SeniorProbationOfficer, team.Id);
            var officers = Enumerable.Range(0, size.OfficersPerTeam)
                .Select(i => i < plan.Officers.Length
                    ? StaffMember.Create(plan.Officers[i].Name, plan.Officers[i].Grade, team.Id)
                    : StaffMember.Create($"{DemoRegionNames.MaleFirstNames[(i * 7) % DemoRegionNames.MaleFirstNames.Length]} {DemoRegionNames.LastNames[(i * 13) % DemoRegionNames.LastNames.Length]}",
                        i % 2 == 0 ? OfficerGrade.ProbationOfficer : OfficerGrade.ProbationServicesOfficer, team.Id))
                .ToList();
            db.Offices.Add(office);
            db.Teams.Add(team);
            db.Staff.Add(spo);
            db.Staff.AddRange(officers);
            teams.Add(new DemoTeam(team, spo, officers, plan));
        }

        var catalogued = await db.Interventions.Select(intervention => intervention.Name).ToListAsync(cancellationToken);
        db.Interventions.AddRange(Catalogue().Where(intervention => !catalogued.Contains(intervention.Name)));
        await db.SaveChangesAsync(cancellationToken);
        return teams;
    }

    // [DOMAIN.md §6, §10] the catalogue the court liaison officer checks availability against.
    internal static IEnumerable<Intervention> Catalogue() =>
    [
        Intervention.Create("Building Better Relationships", InterventionType.AccreditedProgramme, 24, "Programmes team", "Exeter and Plymouth", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Thinking Skills Programme", InterventionType.AccreditedProgramme, 19, "Programmes team", "Exeter, Plymouth and Truro", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Horizon", InterventionType.AccreditedProgramme, 19, "Programmes team", "Exeter", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Drink Impaired Drivers", InterventionType.AccreditedProgramme, 14, "Programmes team", "Plymouth and Truro", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Resolve", InterventionType.AccreditedProgramme, 24, "Programmes team", "Plymouth", isWomenOnly: false, isAvailableNow: false),
        Intervention.Create("Building Skills for Recovery", InterventionType.AccreditedProgramme, 20, "Together Drug and Alcohol Services", "Exeter and Plymouth", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Kaizen", InterventionType.AccreditedProgramme, 40, "Programmes team", "Exeter", isWomenOnly: false, isAvailableNow: false),
        Intervention.Create("Women's wellbeing group", InterventionType.RarActivity, 8, "The Nelson Trust", "Truro women's centre", isWomenOnly: true, isAvailableNow: true),
        Intervention.Create("Emotional management group", InterventionType.RarActivity, 6, "Interventions Alliance", "Exeter and Plymouth", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Finance, benefit and debt", InterventionType.RarActivity, 4, "Citizens Advice", "All offices", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Accommodation support", InterventionType.RarActivity, 4, "Shelter South West", "All offices", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Alcohol awareness group", InterventionType.RarActivity, 6, "Together Drug and Alcohol Services", "Exeter and Truro", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Employment, training and education", InterventionType.RarActivity, 5, "Seetec Pluss", "All offices", isWomenOnly: false, isAvailableNow: true),
        Intervention.Create("Victim awareness", InterventionType.RarActivity, 4, "Interventions Alliance", "Plymouth", isWomenOnly: false, isAvailableNow: false),
    ];

    /// <summary>A sign-in for every SPO and officer; ro@ and spo@ of the README are the first team's first officer and SPO.</summary>
    private async Task<Dictionary<Guid, Guid>> CreateSignInsAsync(List<DemoTeam> teams)
    {
        var signIns = new Dictionary<Guid, Guid>();
        var demoRo = DemoUserSeeder.DemoUsers.Single(user => user.Email == "ro@probation.test");
        var demoSpo = DemoUserSeeder.DemoUsers.Single(user => user.Email == "spo@probation.test");
        for (var t = 0; t < teams.Count; t++)
        {
            var team = teams[t];
            var spo = t == 0 ? demoSpo : new DemoUser(EmailOf(team.Spo.Name), team.Spo.Name, StaffRoles.SeniorProbationOfficer);
            signIns[team.Spo.Id] = (await users.EnsureUserAsync(spo, team.Spo.Id)).Id;
            for (var o = 0; o < team.Officers.Count; o++)
            {
                var officer = team.Officers[o];
                var user = t == 0 && o == 0 ? demoRo : new DemoUser(EmailOf(officer.Name), officer.Name, StaffRoles.ResponsibleOfficer);
                signIns[officer.Id] = (await users.EnsureUserAsync(user, officer.Id)).Id;
            }
        }

        return signIns;
    }

    private static string EmailOf(string name) =>
        string.Join('.', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => new string([.. part.Where(char.IsAsciiLetter)])))
            .ToLowerInvariant() + "@" + DemoUserSeeder.DemoDomain;

    // [DOMAIN.md §12] a couple of limited-access cases, using sign-in user ids.
    private static void LimitAccess(int teamIndex, int officerIndex, List<DemoCase> cases, List<DemoTeam> teams, Dictionary<Guid, Guid> signIns, DateTimeOffset now)
    {
        var team = teams[teamIndex];
        var spoUser = signIns[team.Spo.Id];
        if (teamIndex == 0 && officerIndex == 0 && cases.Count > 1)
        {
            // Only the demo RO and their SPO may see this case (e.g. a relative of a member of staff).
            cases[1].Person.RestrictTo([signIns[team.Officers[0].Id], spoUser], spoUser, now);
        }
        else if (teamIndex == 0 && officerIndex == 1 && cases.Count > 0)
        {
            // The demo RO knows this person outside work, so may not see the case.
            cases[0].Person.ExcludeStaff(signIns[team.Officers[0].Id], spoUser, now);
        }
        else if (teamIndex == 1 && officerIndex == 0 && cases.Count > 2)
        {
            cases[2].Person.RestrictTo([signIns[team.Officers[0].Id], spoUser], spoUser, now);
        }
    }

    // One officer's caseload per save keeps the change tracker, and so memory, bounded.
    private async Task SaveAsync(List<DemoCase> cases, Tally tally, CancellationToken cancellationToken)
    {
        db.People.AddRange(cases.Select(demo => demo.Person));
        db.Orders.AddRange(cases.Select(demo => demo.Order));
        db.Contacts.AddRange(cases.SelectMany(demo => demo.Contacts));
        db.SentencePlans.AddRange(cases.Where(demo => demo.Plan is not null).Select(demo => demo.Plan!));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        tally.People += cases.Count;
        tally.Contacts += cases.Sum(demo => demo.Contacts.Count);
        tally.Plans += cases.Count(demo => demo.Plan is not null);
    }

    private sealed class Tally
    {
        public int People { get; set; }

        public int Contacts { get; set; }

        public int Plans { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo region already seeded (a team exists); skipped")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo region seeded: {Teams} teams, {Officers} officers, {People} people, {Contacts} contacts, {Plans} sentence plans in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, int teams, int officers, int people, int contacts, int plans, long elapsedMs);
}
