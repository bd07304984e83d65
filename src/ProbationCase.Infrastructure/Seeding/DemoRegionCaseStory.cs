using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>Where a demo case is in its order.</summary>
internal enum DemoCaseStage
{
    JustSentenced,
    InProgress,
    NearlyFinished,
    Ended,
}

/// <summary>An enforcement history a demo case must show, so a small region still has one of each.</summary>
internal enum DemoEnforcementStory
{
    AsItComes,
    BreachSent,
    BreachPending,
    DiscretionPending,
}

/// <summary>The team a case belongs to: its SPO, its officers and the courts and towns it serves.</summary>
internal sealed record DemoTeam(Team Team, StaffMember Spo, IReadOnlyList<StaffMember> Officers, DemoTeamPlan Plan);

/// <summary>What the seeder asks for one case; anything left null is chosen at random.</summary>
internal sealed record DemoCaseBrief(
    DemoTeam Team,
    StaffMember? Officer,
    DemoCaseStage Stage,
    OrderType? OrderType = null,
    RequirementType? ExtraRequirement = null,
    DemoEnforcementStory Enforcement = DemoEnforcementStory.AsItComes);

/// <summary>One seeded case: the aggregates to save.</summary>
internal sealed record DemoCase(PersonOnProbation Person, Order Order, IReadOnlyList<Contact> Contacts, SentencePlan? Plan);

/// <summary>
/// Writes one case's history — person, risk, order, allocation, a year of contacts and outcomes,
/// enforcement, sentence plan and reviews — in time order and only through the domain's own methods,
/// so every rule the app enforces held when the demo data was made.
/// </summary>
internal sealed class DemoRegionCaseStory
{
    private enum Offending { Acquisitive, DomesticAbuse, Violence, DrinkDriving, Drugs, Sexual, SeriousViolence }

    private enum Compliance { Good, Mixed, Poor }

    private enum PlanTiming { OnTime, Late, Missing, Draft, BeforeFaceToFace }

    private sealed record Slot(ContactType Type, DateTimeOffset StartsAt, bool FaceToFace, ContactDeliverer By, Guid? StaffId, string? Provider, Guid? RequirementId, string Notes, bool IsReplacement = false);

    private sealed record RiskEvent(DateTimeOffset At, RiskAssessment Assessment, ReviewTrigger? Trigger, string Reason);

    private static readonly BusinessCalendar Calendar = BusinessCalendar.EnglandAndWales;

    private static readonly CultureInfo EnglishDates = CultureInfo.GetCultureInfo("en-GB");

    private readonly Random _random;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly HashSet<string> _crns;
    private readonly DemoCaseBrief _brief;
    private readonly List<Contact> _contacts = [];
    private readonly List<RiskEvent> _riskEvents = [];
    private readonly List<(DateOnly On, ContactOutcome Outcome)> _plannedFailures = [];
    private readonly HashSet<DateOnly> _rarDays = [];

    private Offending _offending;
    private Compliance _compliance;
    private bool _isFemale;
    private int _age;
    private PersonOnProbation _person = null!;
    private Order _order = null!;
    private DateOnly _start;
    private DateOnly _lastDay;
    private DateOnly _allocatedOn;
    private StaffMember? _previousOfficer;
    private DateOnly? _reallocatedOn;
    private int _programmeCancelAfter = int.MaxValue;

    public DemoRegionCaseStory(Random random, DateTimeOffset now, HashSet<string> crns, DemoCaseBrief brief)
    {
        _random = random;
        _now = now;
        _today = LondonClock.DateOf(now);
        _crns = crns;
        _brief = brief;
    }

    private StaffMember Officer => _brief.Officer ?? _brief.Team.Spo;

    private RiskAssessment CurrentRisk => _riskEvents[^1].Assessment;

    public DemoCase Write()
    {
        _offending = Weighted((Offending.Acquisitive, 30), (Offending.DomesticAbuse, 18), (Offending.Violence, 16), (Offending.DrinkDriving, 10), (Offending.Drugs, 14), (Offending.Sexual, 5), (Offending.SeriousViolence, 7));
        _compliance = _brief.Enforcement == DemoEnforcementStory.AsItComes ? Weighted((Compliance.Good, 72), (Compliance.Mixed, 20), (Compliance.Poor, 8)) : Compliance.Good;
        _isFemale = _offending is Offending.DomesticAbuse or Offending.Sexual or Offending.SeriousViolence ? Chance(0.04) : Chance(0.17);
        _age = 18 + _random.Next(0, 16) + _random.Next(0, 16) + _random.Next(0, 10);

        var type = _brief.OrderType ?? _offending switch
        {
            Offending.SeriousViolence => Weighted((OrderType.Licence, 7), (OrderType.PostSentenceSupervision, 1), (OrderType.SuspendedSentenceOrder, 2)),
            Offending.Sexual => Weighted((OrderType.Licence, 4), (OrderType.SuspendedSentenceOrder, 3), (OrderType.CommunityOrder, 3)),
            _ => Weighted((OrderType.CommunityOrder, 62), (OrderType.SuspendedSentenceOrder, 20), (OrderType.Licence, 11), (OrderType.PostSentenceSupervision, 7)),
        };

        CreatePerson();
        var (sentenceDate, expectedEnd, endedOn, reason) = ChooseDates(type);
        CreateOrder(type, sentenceDate, expectedEnd);
        _lastDay = endedOn ?? Min(expectedEnd, _today.AddDays(42));

        if (_brief.Officer is null)
        {
            var screenedAt = Clamp(At(_start, 15));
            _riskEvents.Add(new RiskEvent(screenedAt, ChooseRisk(), null, "RoSH screening and RSR completed at court for the pre-sentence report."));
            _person.AssessRisk(CurrentRisk, _brief.Team.Spo.Id, _riskEvents[0].Reason, screenedAt);
            _person.AwaitAllocation(_brief.Team.Team.Id, Clamp(At(_start, 16)));
            return new DemoCase(_person, _order, _contacts, null);
        }

        Allocate();
        AssessRisk();
        StartGeneralRequirements();
        RunContacts();
        if (endedOn is { } ended)
        {
            EndOrder(ended, reason!.Value);
        }

        var plan = WritePlan();
        return new DemoCase(_person, _order, _contacts, plan);
    }

    // ---- the person ------------------------------------------------------------------------------

    private void CreatePerson()
    {
        string crn;
        do
        {
            crn = $"{(char)('A' + _random.Next(0, 26))}{_random.Next(0, 1_000_000):000000}";
        }
        while (!_crns.Add(crn));

        var firstName = Pick(_isFemale ? DemoRegionNames.FemaleFirstNames : DemoRegionNames.MaleFirstNames);
        var lastName = Pick(DemoRegionNames.LastNames);
        var dateOfBirth = _today.AddYears(-_age).AddDays(-_random.Next(1, 365));
        _person = PersonOnProbation.Create(Crn.Parse(crn), firstName, lastName, dateOfBirth, _now.AddYears(-2));

        var gender = Weighted((_isFemale ? "Female" : "Male", 960), (EqualityAnswer.PrefersNotToSay, 20), ((string?)null, 12), ("Non-binary", 8));
        var ethnicity = Weighted((DemoRegionNames.Ethnicities[0], 82), (Pick(DemoRegionNames.Ethnicities[1..]), 10), (EqualityAnswer.PrefersNotToSay, 4), ((string?)null, 4));
        var disability = Weighted(("No", 62), ("Yes", 25), (EqualityAnswer.PrefersNotToSay, 5), ((string?)null, 8));
        var adjustments = disability == "Yes" && Chance(0.7) ? Pick(DemoRegionNames.Adjustments) : null;
        var religion = Weighted(("No religion", 45), ("Christian", 32), ("Muslim", 4), ("Buddhist", 1), ("Pagan", 1), (EqualityAnswer.PrefersNotToSay, 7), ((string?)null, 10));
        var orientation = Weighted(("Heterosexual or straight", 80), ("Gay or lesbian", 3), ("Bisexual", 3), (EqualityAnswer.PrefersNotToSay, 6), ((string?)null, 8));

        var barriers = Barriers.None;
        if (Chance(0.12)) barriers |= Barriers.Literacy;
        if (Chance(_isFemale ? 0.4 : 0.08)) barriers |= Barriers.CaringDuties;
        if (Chance(0.2)) barriers |= Barriers.WorkingHours;
        if (Chance(0.02)) barriers |= Barriers.ReligiousFestivals;
        if (Chance(0.03))
        {
            barriers |= Barriers.Language;
            adjustments = $"{Pick(DemoRegionNames.Interpreters)} interpreter needed for appointments and written information.";
        }

        _person.RecordEqualityDetails(gender, ethnicity, disability, adjustments, religion, orientation);
        _person.RecordBarriers(barriers);
        _person.RecordNeeds(ChooseNeeds());
        if (Chance(0.87))
        {
            _person.ChangePhone($"07700 900{_random.Next(0, 1000):000}");
        }
    }

    private Needs ChooseNeeds()
    {
        var needs = _offending switch
        {
            Offending.Acquisitive => Needs.FinanceBenefitsAndDebt | Needs.EducationTrainingAndEmployment | Needs.Lifestyle,
            Offending.DomesticAbuse => Needs.Relationships | Needs.ThinkingAndBehaviour | Needs.Attitudes,
            Offending.Violence => Needs.ThinkingAndBehaviour | Needs.Lifestyle,
            Offending.DrinkDriving => Needs.Alcohol,
            Offending.Drugs => Needs.Drugs | Needs.Lifestyle,
            Offending.Sexual => Needs.Attitudes | Needs.Relationships | Needs.EmotionalWellbeing,
            _ => Needs.ThinkingAndBehaviour | Needs.Attitudes | Needs.Accommodation,
        };

        foreach (var need in AllNeeds)
        {
            if (Chance(0.18)) needs |= need;
        }

        return needs;
    }

    private Address NewAddress()
    {
        var town = Pick(_brief.Team.Plan.Towns);
        var street = Pick(DemoRegionNames.Streets);
        var line1 = Chance(0.3) ? $"Flat {_random.Next(1, 12)}, {_random.Next(1, 120)} {street}" : $"{_random.Next(1, 160)} {street}";
        const string letters = "ABDEFGHJLNPQRSTUWXYZ";
        var postcode = $"{Pick(town.PostcodeDistricts)} {_random.Next(1, 10)}{letters[_random.Next(letters.Length)]}{letters[_random.Next(letters.Length)]}";
        return Address.Create(line1, null, town.Name, postcode);
    }

    private RiskAssessment ChooseRisk()
    {
        var rosh = _offending switch
        {
            Offending.Acquisitive => Weighted((RoshLevel.Low, 60), (RoshLevel.Medium, 35), (RoshLevel.High, 5)),
            Offending.DomesticAbuse => Weighted((RoshLevel.Low, 10), (RoshLevel.Medium, 55), (RoshLevel.High, 32), (RoshLevel.VeryHigh, 3)),
            Offending.Violence => Weighted((RoshLevel.Low, 30), (RoshLevel.Medium, 50), (RoshLevel.High, 18), (RoshLevel.VeryHigh, 2)),
            Offending.DrinkDriving => Weighted((RoshLevel.Low, 75), (RoshLevel.Medium, 25)),
            Offending.Drugs => Weighted((RoshLevel.Low, 45), (RoshLevel.Medium, 45), (RoshLevel.High, 10)),
            Offending.Sexual => Weighted((RoshLevel.Medium, 45), (RoshLevel.High, 45), (RoshLevel.VeryHigh, 10)),
            _ => Weighted((RoshLevel.Medium, 25), (RoshLevel.High, 55), (RoshLevel.VeryHigh, 20)),
        };

        // PSOs hold low and medium risk cases.
        if (Officer.Grade == OfficerGrade.ProbationServicesOfficer && rosh > RoshLevel.Medium)
        {
            rosh = RoshLevel.Medium;
        }

        var flags = RiskFlags.None;
        if (_offending == Offending.DomesticAbuse || Chance(0.06)) flags |= RiskFlags.DomesticAbuse;
        if (Chance(_offending switch { Offending.DomesticAbuse => 0.4, Offending.Sexual => 0.5, _ => 0.05 })) flags |= RiskFlags.ChildProtectionOrSafeguarding;
        if (Chance(_offending is Offending.Violence or Offending.SeriousViolence ? 0.08 : 0.02)) flags |= RiskFlags.RiskToStaff;
        if (_offending == Offending.Sexual) flags |= RiskFlags.RegisteredSexualOffender;
        if (Chance(_offending switch { Offending.Acquisitive => 0.25, Offending.Drugs => 0.15, _ => 0.02 })) flags |= RiskFlags.IntegratedOffenderManagement;
        if (Chance(_offending is Offending.Acquisitive or Offending.Drugs ? 0.1 : 0.03)) flags |= RiskFlags.NoFixedAbode;

        var atRisk = rosh == RoshLevel.Low ? (Chance(0.5) ? PeopleAtRisk.Public : PeopleAtRisk.None) : _offending switch
        {
            Offending.DomesticAbuse => PeopleAtRisk.KnownAdult,
            Offending.Sexual => Chance(0.6) ? PeopleAtRisk.Children : PeopleAtRisk.Public,
            _ => Chance(0.5) ? PeopleAtRisk.Public : PeopleAtRisk.Public | PeopleAtRisk.KnownAdult,
        };
        if (flags.HasFlag(RiskFlags.ChildProtectionOrSafeguarding)) atRisk |= PeopleAtRisk.Children;
        if (flags.HasFlag(RiskFlags.RiskToStaff)) atRisk |= PeopleAtRisk.Staff;

        var (ogrsMin, ogrsMax) = _offending switch
        {
            Offending.Acquisitive => (45, 92),
            Offending.Drugs => (40, 85),
            Offending.DomesticAbuse => (25, 70),
            Offending.Violence => (20, 65),
            Offending.DrinkDriving => (10, 40),
            Offending.Sexual => (5, 25),
            _ => (20, 60),
        };
        var (rsrMin, rsrMax) = rosh switch
        {
            RoshLevel.Low => (20, 299),
            RoshLevel.Medium => (150, 499),
            RoshLevel.High => (300, 799),
            _ => (600, 1299),
        };

        (MappaCategory Category, int? Level) mappa = _offending switch
        {
            Offending.Sexual => (MappaCategory.Category1, Chance(0.75) ? 1 : 2),
            Offending.SeriousViolence when _order.Type == OrderType.Licence || rosh >= RoshLevel.High => (MappaCategory.Category2, rosh == RoshLevel.VeryHigh ? Weighted((2, 2), (3, 1)) : 1),
            _ when rosh == RoshLevel.VeryHigh && Chance(0.5) => (MappaCategory.Category3, 2),
            _ => (MappaCategory.None, null),
        };

        return new RiskAssessment
        {
            Rosh = rosh,
            AtRisk = atRisk,
            OgrsPercent = _random.Next(ogrsMin, ogrsMax + 1),
            RsrPercent = _random.Next(rsrMin, rsrMax + 1) / 100m,
            MappaCategory = mappa.Category,
            MappaLevel = mappa.Level,
            Flags = flags,
        };
    }

    // ---- the order -------------------------------------------------------------------------------

    private (DateOnly Sentence, DateOnly ExpectedEnd, DateOnly? EndedOn, TerminationReason? Reason) ChooseDates(OrderType type)
    {
        var stage = _brief.Stage;
        var months = stage is DemoCaseStage.NearlyFinished or DemoCaseStage.Ended
            ? type == OrderType.Licence ? _random.Next(6, 13) : 12
            : type switch
            {
                OrderType.CommunityOrder => Weighted((12, 50), (18, 25), (24, 20), (36, 5)),
                OrderType.SuspendedSentenceOrder => Weighted((12, 45), (18, 25), (24, 30)),
                OrderType.Licence => _random.Next(6, 25),
                _ => 12,
            };

        DateOnly? endedOn = null;
        TerminationReason? reason = null;
        DateOnly expectedEnd;
        switch (stage)
        {
            case DemoCaseStage.JustSentenced:
                _start = _today.AddDays(-_random.Next(_brief.Officer is null ? 0 : 2, 19));
                expectedEnd = _start.AddMonths(months);
                break;
            case DemoCaseStage.InProgress when _brief.Enforcement != DemoEnforcementStory.AsItComes:
                // Room for a warning, a further failure and a breach: at least seven months in.
                months = Math.Max(months, 12);
                _start = _today.AddDays(-_random.Next(210, 320));
                expectedEnd = _start.AddMonths(months);
                break;
            case DemoCaseStage.InProgress:
                _start = _today.AddDays(-_random.Next(21, Math.Min((months * 30) - 43, 420) + 1));
                expectedEnd = _start.AddMonths(months);
                break;
            case DemoCaseStage.NearlyFinished:
                expectedEnd = _today.AddDays(_random.Next(3, 43));
                _start = expectedEnd.AddMonths(-months);
                break;
            default:
                reason = Weighted((TerminationReason.Completed, 65), (TerminationReason.RevokedEarlyForGoodProgress, 15), (TerminationReason.RevokedAndResentenced, 8), (TerminationReason.Breached, 7), (TerminationReason.FurtherOffence, 5));
                endedOn = _today.AddDays(-_random.Next(5, 151));
                expectedEnd = reason == TerminationReason.Completed ? endedOn.Value : endedOn.Value.AddDays(_random.Next(30, (months * 30) - 60));
                _start = expectedEnd.AddMonths(-months);
                break;
        }

        var sentence = type switch
        {
            OrderType.Licence => _start.AddMonths(-_random.Next(4, 31)),
            OrderType.PostSentenceSupervision => _start.AddMonths(-_random.Next(2, 13)),
            _ => _start,
        };
        return (sentence, expectedEnd, endedOn, reason);
    }

    private void CreateOrder(OrderType type, DateOnly sentenceDate, DateOnly expectedEnd)
    {
        var (offences, programme, sessions) = _offending switch
        {
            Offending.Acquisitive => (new[] { "Theft from a shop", "Burglary (dwelling)", "Fraud by false representation", "Theft of a motor vehicle", "Handling stolen goods" }, "Thinking Skills Programme", 19),
            Offending.DomesticAbuse => (["Assault occasioning actual bodily harm (domestic)", "Controlling or coercive behaviour", "Breach of a non-molestation order", "Harassment (domestic)", "Criminal damage (domestic)"], _isFemale ? "Thinking Skills Programme" : "Building Better Relationships", _isFemale ? 19 : 24),
            Offending.Violence => (["Common assault", "Affray", "Assault occasioning actual bodily harm", "Possession of an offensive weapon"], "Resolve", 24),
            Offending.DrinkDriving => (["Driving with excess alcohol", "Driving while disqualified", "Failing to provide a specimen for analysis"], "Drink Impaired Drivers", 14),
            Offending.Drugs => (["Possession with intent to supply a Class A drug", "Possession of a Class B drug", "Possession of a Class A drug"], "Building Skills for Recovery", 20),
            Offending.Sexual => (["Sexual assault", "Making indecent photographs of children", "Exposure"], "Horizon", 19),
            _ => (["Wounding with intent", "Robbery", "Inflicting grievous bodily harm"], "Kaizen", 40),
        };

        var offenceList = new List<OffenceDetails> { new(Pick(offences), sentenceDate.AddDays(-_random.Next(20, 240))) };
        if (Chance(0.25))
        {
            offenceList.Add(new OffenceDetails(Pick(offences), offenceList[0].OffenceDate.AddDays(_random.Next(0, 15))));
        }

        var terms = new List<RequirementTerms>();
        var extra = _brief.ExtraRequirement;
        if (type is OrderType.CommunityOrder or OrderType.SuspendedSentenceOrder)
        {
            if (extra == RequirementType.RehabilitationActivity || Chance(0.6)) terms.Add(RequirementTerms.Rar(Weighted((5, 6), (10, 14), (15, 16), (20, 18), (25, 14), (30, 12), (40, 10), (50, 5), (60, 5))));
            if (extra == RequirementType.UnpaidWork || Chance(_offending is Offending.Acquisitive or Offending.DrinkDriving or Offending.Violence ? 0.55 : 0.3)) terms.Add(RequirementTerms.UnpaidWork(Weighted((40, 6), (60, 12), (80, 16), (100, 16), (120, 14), (150, 12), (180, 8), (200, 8), (240, 5), (300, 3))));
            if (extra == RequirementType.AccreditedProgramme || Chance(_offending is Offending.DomesticAbuse or Offending.Sexual ? 0.5 : 0.12)) terms.Add(RequirementTerms.AccreditedProgramme(programme, sessions));
            if (_offending == Offending.DrinkDriving && Chance(0.3)) terms.Add(General(RequirementType.AlcoholAbstinenceMonitoring));
            if (_offending == Offending.Drugs && Chance(0.35)) terms.Add(General(RequirementType.DrugRehabilitation));
            if (_person.Needs.HasFlag(Needs.Alcohol) && Chance(0.12)) terms.Add(General(RequirementType.AlcoholTreatment));
            if (_person.Needs.HasFlag(Needs.EmotionalWellbeing) && Chance(0.15)) terms.Add(General(RequirementType.MentalHealthTreatment));
            if (Chance(0.08))
            {
                terms.Add(General(RequirementType.Curfew));
                terms.Add(General(RequirementType.ElectronicMonitoring));
            }

            if (_offending == Offending.DomesticAbuse && Chance(0.25)) terms.Add(General(RequirementType.ProhibitedActivity));
            if (_age < 25 && Chance(0.05)) terms.Add(General(RequirementType.AttendanceCentre));
            if (terms.Count == 0) terms.Add(RequirementTerms.Rar(Weighted((10, 1), (15, 1), (20, 1))));
        }
        else if (type == OrderType.Licence)
        {
            if (Chance(0.4)) terms.Add(General(RequirementType.Residence));
            if (_offending is Offending.DomesticAbuse or Offending.Sexual or Offending.SeriousViolence && Chance(0.45)) terms.Add(General(RequirementType.Exclusion));
            if (_offending == Offending.Sexual && Chance(0.7)) terms.Add(General(RequirementType.ProhibitedActivity));
            if (_offending == Offending.Drugs && Chance(0.4)) terms.Add(General(RequirementType.DrugRehabilitation));
            if (_offending is Offending.Sexual or Offending.SeriousViolence && Chance(0.3)) terms.Add(RequirementTerms.AccreditedProgramme(programme, sessions));
        }
        else if (Chance(0.3))
        {
            terms.Add(General(RequirementType.DrugRehabilitation));
        }

        if (extra is { } wanted && !terms.Any(term => term.Type == wanted))
        {
            terms.Add(wanted switch
            {
                RequirementType.RehabilitationActivity => RequirementTerms.Rar(20),
                RequirementType.UnpaidWork => RequirementTerms.UnpaidWork(100),
                RequirementType.AccreditedProgramme => RequirementTerms.AccreditedProgramme(programme, sessions),
                _ => General(wanted),
            });
        }

        _order = Order.Create(_person.Id, type, Pick(_brief.Team.Plan.Courts), sentenceDate, _start, expectedEnd, offenceList, terms, Clamp(At(_start, 14)));
        _person.ChangeAddress(Chance(0.05) ? null : NewAddress());
    }

    private RequirementTerms General(RequirementType type) => type switch
    {
        RequirementType.AlcoholAbstinenceMonitoring => RequirementTerms.Other(type, "Abstain from alcohol; transdermal tag fitted.", Weighted((60, 1), (90, 2), (120, 2))),
        RequirementType.DrugRehabilitation => RequirementTerms.Other(type, "Treatment and testing with Together Drug and Alcohol Services.", 180),
        RequirementType.AlcoholTreatment => RequirementTerms.Other(type, "Non-residential alcohol treatment with Together Drug and Alcohol Services.", 180),
        RequirementType.MentalHealthTreatment => RequirementTerms.Other(type, "Outpatient treatment with the community mental health team.", 365),
        RequirementType.Curfew => RequirementTerms.Other(type, "7pm to 7am at the home address.", Weighted((30, 1), (60, 2), (90, 2), (120, 1))),
        RequirementType.ElectronicMonitoring => RequirementTerms.Other(type, "Electronic monitoring of the curfew.", 60),
        RequirementType.Exclusion => RequirementTerms.Other(type, "Not to enter the street where the victim lives.", 180),
        RequirementType.ProhibitedActivity => RequirementTerms.Other(type, _offending == Offending.Sexual ? "Not to use any internet-enabled device unless it is monitored." : "Not to contact the victim directly or indirectly.", 365),
        RequirementType.Residence => RequirementTerms.Other(type, "Reside at an address approved by the responsible officer.", null),
        RequirementType.ForeignTravelProhibition => RequirementTerms.Other(type, "Not to travel outside the British Islands.", 180),
        RequirementType.AttendanceCentre => RequirementTerms.Other(type, "24 hours at the attendance centre.", null),
        _ => RequirementTerms.Other(type, null, null),
    };

    // ---- allocation and risk ---------------------------------------------------------------------

    private void Allocate()
    {
        var team = _brief.Team;
        var sentencedAt = Clamp(At(_start, 15));
        _person.AwaitAllocation(team.Team.Id, sentencedAt);
        _allocatedOn = Min(Calendar.AddBusinessDays(_start, _random.Next(0, 3)), _today);
        var allocatedAt = Clamp(At(_allocatedOn, 11, _random.Next(0, 60)));

        var elapsed = _today.DayNumber - _start.DayNumber;
        var others = team.Officers.Where(officer => officer.Id != Officer.Id && officer.Grade == Officer.Grade).ToList();
        if (elapsed > 120 && others.Count > 0 && Chance(0.1))
        {
            _previousOfficer = Pick(others);
            _person.Allocate(_previousOfficer, team.Spo.Id, "Allocated on the duty rota.", allocatedAt);
            _reallocatedOn = _start.AddDays(_random.Next(40, Math.Min(elapsed, (_lastDay.DayNumber - _start.DayNumber)) - 20));
            _person.Reallocate(Officer, team.Spo.Id, Pick(["Previous officer moved teams.", "Caseload balancing after a new officer joined the team.", "Previous officer on long-term leave."]), Clamp(At(_reallocatedOn.Value, 9)));
            return;
        }

        _person.Allocate(Officer, team.Spo.Id, Officer.Grade == OfficerGrade.ProbationServicesOfficer
            ? "Low or medium risk of serious harm: suitable for a probation services officer."
            : Pick(["Allocated by risk and capacity.", "Officer has capacity and experience of similar cases.", "Allocated to keep continuity with the pre-sentence report author."]), allocatedAt);
    }

    private StaffMember OfficerOn(DateOnly date) =>
        _previousOfficer is not null && _reallocatedOn is { } moved && date < moved ? _previousOfficer : Officer;

    private void AssessRisk()
    {
        var assessedAt = Clamp(At(Calendar.AddBusinessDays(_allocatedOn, _random.Next(1, 6)), 12));
        _riskEvents.Add(new RiskEvent(assessedAt, ChooseRisk(), null, "OASys assessment completed at the start of the order."));
        _person.AssessRisk(CurrentRisk, OfficerOn(LondonClock.DateOf(assessedAt)).Id, _riskEvents[0].Reason, assessedAt);

        var elapsed = _today.DayNumber - _start.DayNumber;
        if (_brief.Stage is DemoCaseStage.InProgress or DemoCaseStage.NearlyFinished && elapsed > 120 && Chance(0.14))
        {
            var on = _start.AddDays(_random.Next(60, elapsed - 14));
            var at = At(on, 13);
            var before = CurrentRisk;
            if (Chance(0.6))
            {
                var higher = before.Rosh < RoshLevel.High && Officer.Grade == OfficerGrade.ProbationOfficer ? before.Rosh + 1 : before.Rosh < RoshLevel.Medium ? RoshLevel.Medium : before.Rosh;
                var domestic = Chance(0.6);
                var changed = before with
                {
                    Rosh = higher,
                    AtRisk = before.AtRisk | (domestic ? PeopleAtRisk.KnownAdult : PeopleAtRisk.Children),
                    Flags = before.Flags | (domestic ? RiskFlags.DomesticAbuse : RiskFlags.ChildProtectionOrSafeguarding),
                };
                var reason = domestic
                    ? "Police domestic abuse call-out reported; risk to partner reassessed."
                    : "Children's services raised a safeguarding concern; risk to children reassessed.";
                _riskEvents.Add(new RiskEvent(at, changed, ReviewTrigger.DomesticAbuseOrSafeguardingEvent, reason));
            }
            else
            {
                var lower = before.Rosh > RoshLevel.Low ? before.Rosh - 1 : before.Rosh;
                var changed = before with { Rosh = lower, OgrsPercent = Math.Max(1, (before.OgrsPercent ?? 30) - _random.Next(3, 12)) };
                _riskEvents.Add(new RiskEvent(at, changed, ReviewTrigger.RiskChange, "Stable accommodation and work for six months; no further concerns. Risk reduced."));
            }

            _person.AssessRisk(CurrentRisk, Officer.Id, _riskEvents[^1].Reason, at);
        }

        if (_brief.Stage == DemoCaseStage.InProgress && elapsed > 90 && Chance(0.06))
        {
            var movedOn = _start.AddDays(_random.Next(45, elapsed - 7));
            _person.ChangeAddress(NewAddress());
            _riskEvents.Add(new RiskEvent(At(movedOn, 12), CurrentRisk, ReviewTrigger.ChangeOfAddress, "Moved address."));
            _riskEvents.Sort((a, b) => a.At.CompareTo(b.At));
        }
    }

    private RiskAssessment RiskOn(DateTimeOffset at) =>
        _riskEvents.LastOrDefault(risk => risk.At <= at)?.Assessment ?? _riskEvents[0].Assessment;

    private void StartGeneralRequirements()
    {
        foreach (var requirement in _order.Requirements.OfType<GeneralRequirement>().ToList())
        {
            var late = Chance(0.1);
            var startOn = _start.AddDays(late ? _random.Next(29, 50) : _random.Next(0, 8));
            if (startOn > _today || startOn > _lastDay)
            {
                continue;
            }

            if (requirement.Type == RequirementType.MentalHealthTreatment && Chance(0.2))
            {
                _order.MarkRequirementNotDelivered(requirement.Id, startOn, "No provision: the mental health service could not offer treatment within the order.");
                continue;
            }

            _order.StartRequirement(requirement.Id, startOn);
            if (requirement.LengthInDays is { } days && startOn.AddDays(days) <= Min(_today, _lastDay))
            {
                _order.CompleteRequirement(requirement.Id, startOn.AddDays(days));
            }
        }
    }

    // ---- contacts --------------------------------------------------------------------------------

    private void RunContacts()
    {
        var queue = new PriorityQueue<Slot, DateTimeOffset>();
        void Add(Slot slot) => queue.Enqueue(slot, slot.StartsAt);

        PlanSupervision(Add);
        PlanRar(Add);
        PlanUnpaidWork(Add);
        PlanProgramme(Add);
        PlanStoryFailures(Add);

        var rar = _order.Rar;
        var unpaidWork = _order.UnpaidWork;
        var programme = _order.Requirements.OfType<AccreditedProgrammeRequirement>().FirstOrDefault();
        var orderCreated = _order.CreatedAt;

        while (queue.TryDequeue(out var slot, out _))
        {
            var date = LondonClock.DateOf(slot.StartsAt);
            if ((slot.Type == ContactType.RarActivity && _rarDays.Count >= rar!.MaximumDays && !_rarDays.Contains(date))
                || (slot.Type == ContactType.UnpaidWorkSession && unpaidWork!.MinutesWorked >= unpaidWork.MinutesOrdered)
                || (slot.Type == ContactType.ProgrammeSession && programme!.ProgrammeStatus != ProgrammeStatus.InProgress))
            {
                continue;
            }

            var bookedAt = slot.StartsAt.AddDays(-_random.Next(1, 15));
            bookedAt = bookedAt < orderCreated ? orderCreated : bookedAt > _now ? _now : bookedAt;
            var contact = _order.ArrangeContact(
                new ContactArrangement(slot.Type, slot.StartsAt, slot.FaceToFace, slot.By, slot.StaffId, slot.Provider, slot.RequirementId, slot.Notes),
                bookedAt);
            _contacts.Add(contact);
            if (slot.StartsAt > _now)
            {
                continue;
            }

            var outcome = ChooseOutcome(slot, date);
            if (outcome is null)
            {
                continue;
            }

            var recordedBy = OfficerOn(date).Id;
            var recordedAt = Clamp(slot.StartsAt.AddHours(_random.Next(1, 7)));
            contact.RecordOutcome(outcome.Value, outcome == ContactOutcome.AcceptableAbsence ? ChooseAbsence() : null, recordedBy, recordedAt);
            ApplyOutcome(slot, contact, date, recordedAt, Add);
        }
    }

    private void PlanSupervision(Action<Slot> add)
    {
        var rar = _order.Rar;
        var induction = Calendar.AddBusinessDays(_allocatedOn, Chance(0.85) ? _random.Next(1, 6) : _random.Next(6, 11));
        add(Supervision(rar is null ? ContactType.OfficeAppointment : ContactType.RarAppointment, induction, 10,
            "Induction: order explained, expectations and consequences of non-compliance set out."));

        var risk = CurrentRisk;
        var date = induction;
        var count = 0;
        while (true)
        {
            var weeksIn = (date.DayNumber - _start.DayNumber) / 7;
            var gap = weeksIn < 12 || (risk.Rosh >= RoshLevel.High && weeksIn < 26) ? 7 : weeksIn < 26 || risk.Rosh >= RoshLevel.High ? 14 : 28;
            date = Calendar.NextBusinessDayOnOrAfter(date.AddDays(gap + _random.Next(-1, 2)));
            if (date > _lastDay)
            {
                break;
            }

            count++;
            var homeVisitWeight = risk.Flags.HasFlag(RiskFlags.DomesticAbuse) || risk.Flags.HasFlag(RiskFlags.ChildProtectionOrSafeguarding) || risk.Rosh >= RoshLevel.High ? 18 : 6;
            var type = count == 2 && rar is not null
                ? ContactType.RarAppointment
                : Weighted((ContactType.OfficeAppointment, 60), (ContactType.HomeVisit, homeVisitWeight), (ContactType.Telephone, 14), (ContactType.Video, 6),
                    (ContactType.ReportingIn, weeksIn > 12 && risk.Rosh <= RoshLevel.Medium ? 10 : 0), (ContactType.RarAppointment, rar is null ? 0 : 6));
            var notes = type switch
            {
                ContactType.RarAppointment when count == 2 => "Sentence planning meeting.",
                ContactType.RarAppointment => "Compliance and progress review meeting.",
                ContactType.HomeVisit => "Home visit: checked living arrangements and who lives at the address.",
                ContactType.ReportingIn => "Reporting in at reception.",
                ContactType.Telephone => "Telephone check-in.",
                ContactType.Video => "Video supervision session.",
                _ => Pick(["Supervision: reviewed progress against the sentence plan.", "Supervision: discussed accommodation and finances.", "Supervision: worked on consequential thinking.", "Supervision: reviewed compliance and upcoming appointments."]),
            };
            add(Supervision(type, date, Weighted((10, 3), (11, 2), (14, 3), (15, 2)), notes));
        }
    }

    private Slot Supervision(ContactType type, DateOnly date, int hour, string notes)
    {
        var faceToFace = type is not (ContactType.Telephone or ContactType.Video);
        var duty = Chance(0.03) && _brief.Team.Officers.Count > 1;
        var staff = duty ? Pick(_brief.Team.Officers.Where(officer => officer.Id != Officer.Id).ToList()) : OfficerOn(date);
        return new Slot(type, At(date, hour, Pick([0, 15, 30, 45])), faceToFace, duty ? ContactDeliverer.OtherStaff : ContactDeliverer.ResponsibleOfficer,
            staff.Id, null, type == ContactType.RarAppointment ? _order.Rar!.Id : null, duty ? $"Seen by the duty officer. {notes}" : notes);
    }

    private void PlanRar(Action<Slot> add)
    {
        if (_order.Rar is not { } rar)
        {
            return;
        }

        var planned = Math.Max(1, (int)Math.Round(rar.MaximumDays * _random.Next(60, 115) / 100.0));
        var first = _start.AddDays(Chance(0.85) ? _random.Next(6, 27) : _random.Next(29, 60));
        var last = _order.ExpectedEndDate.AddDays(-14);
        var span = Math.Max(14, last.DayNumber - first.DayNumber);
        for (var i = 0; i < planned; i++)
        {
            var date = Calendar.NextBusinessDayOnOrAfter(first.AddDays((int)(i * (double)span / planned) + _random.Next(0, 3)));
            if (date > _lastDay)
            {
                break;
            }

            add(RarActivity(rar, date, 10));

            // [seed 000 §5.5] some days have two activities; they still count as one day.
            if (Chance(0.1))
            {
                add(RarActivity(rar, date, 14));
            }
        }
    }

    private Slot RarActivity(RarRequirement rar, DateOnly date, int hour)
    {
        var activity = Pick(DemoRegionNames.RarActivities);
        if (Chance(0.45))
        {
            return new Slot(ContactType.RarActivity, At(date, hour, 30), true, ContactDeliverer.ResponsibleOfficer, OfficerOn(date).Id, null, rar.Id, $"{activity} with the responsible officer.");
        }

        var provider = _isFemale && Chance(0.6) ? "The Nelson Trust" : Pick(DemoRegionNames.RarProviders);
        return new Slot(ContactType.RarActivity, At(date, hour), Chance(0.9), ContactDeliverer.Provider, null, provider, rar.Id, activity + ".");
    }

    private void PlanUnpaidWork(Action<Slot> add)
    {
        if (_order.UnpaidWork is not { } unpaidWork)
        {
            return;
        }

        var date = _start.AddDays(Chance(0.7) ? _random.Next(2, 8) : _random.Next(8, 31));
        var sessions = (int)Math.Ceiling(unpaidWork.HoursOrdered / 7.0 * 1.5) + 2;
        var saturdays = Chance(0.4);
        for (var i = 0; i < sessions && date <= _lastDay; i++)
        {
            var day = saturdays ? NextDay(date, DayOfWeek.Saturday) : Calendar.NextBusinessDayOnOrAfter(date);
            if (day > _lastDay)
            {
                break;
            }

            add(new Slot(ContactType.UnpaidWorkSession, At(day, 8, 30), true, ContactDeliverer.Provider, null, "Community Payback", unpaidWork.Id,
                $"Project: {Pick(DemoRegionNames.UnpaidWorkProjects)}."));
            date = day.AddDays(Chance(0.25) ? 3 : 7);
        }
    }

    private void PlanProgramme(Action<Slot> add)
    {
        if (_order.Requirements.OfType<AccreditedProgrammeRequirement>().FirstOrDefault() is not { } programme)
        {
            return;
        }

        var waitingFrom = _start.AddDays(_random.Next(5, 16));
        if (waitingFrom > Min(_today, _lastDay))
        {
            return;
        }

        _order.MoveProgramme(programme.Id, ProgrammeStatus.WaitingList, waitingFrom);
        var unavailable = programme.ProgrammeName == "Kaizen" && _brief.Team.Plan.Name.Contains("Cornwall", StringComparison.Ordinal) || Chance(0.04);
        if (unavailable)
        {
            var on = waitingFrom.AddDays(_random.Next(10, 40));
            if (on <= Min(_today, _lastDay))
            {
                _order.MoveProgramme(programme.Id, ProgrammeStatus.NotAvailable, on, "No group running within travelling distance; one-to-one work agreed instead.");
            }

            return;
        }

        var startOn = NextDay(waitingFrom.AddDays(programme.ProgrammeName is "Building Better Relationships" or "Kaizen" ? _random.Next(30, 110) : _random.Next(14, 70)), DayOfWeek.Tuesday);
        if (startOn > Min(_today, _lastDay.AddDays(-7)))
        {
            return;
        }

        _order.MoveProgramme(programme.Id, ProgrammeStatus.InProgress, startOn);
        if (Chance(0.1))
        {
            _programmeCancelAfter = _random.Next(2, Math.Max(3, programme.SessionsRequired / 2));
        }

        var date = startOn;
        for (var i = 0; i < programme.SessionsRequired * 1.4 && date <= _lastDay; i++)
        {
            add(new Slot(ContactType.ProgrammeSession, At(date, Chance(0.7) ? 10 : 18), true, ContactDeliverer.Provider, null, "Programmes team", programme.Id,
                $"{programme.ProgrammeName}: group session."));
            date = date.AddDays(7);
        }
    }

    // The failures a story needs each get an appointment of their own, so they land on the right dates.
    private void PlanStoryFailures(Action<Slot> add)
    {
        var first = _allocatedOn.AddDays(30);
        var (firstOutcome, secondOutcome, secondOn) = _brief.Enforcement switch
        {
            DemoEnforcementStory.BreachSent => (ContactOutcome.UnacceptableAbsence, ContactOutcome.AttendedSentHomeBehaviour, _today.AddDays(-_random.Next(50, 70))),
            DemoEnforcementStory.BreachPending => (ContactOutcome.UnacceptableAbsence, ContactOutcome.AttendedFailedToComply, _today.AddDays(-_random.Next(5, 9))),
            DemoEnforcementStory.DiscretionPending => (ContactOutcome.UnacceptableAbsence, ContactOutcome.UnacceptableAbsence, _today.AddDays(-_random.Next(5, 9))),
            _ => default,
        };
        if (_brief.Enforcement == DemoEnforcementStory.AsItComes)
        {
            return;
        }

        foreach (var (on, outcome) in new[] { (Calendar.NextBusinessDayOnOrAfter(first), firstOutcome), (Calendar.NextBusinessDayOnOrAfter(secondOn), secondOutcome) })
        {
            _plannedFailures.Add((on, outcome));
            add(Supervision(ContactType.OfficeAppointment, on, 9, "Supervision: reviewed compliance and upcoming appointments."));
        }
    }

    private ContactOutcome? ChooseOutcome(Slot slot, DateOnly date)
    {
        if (slot.Type != ContactType.Telephone && _plannedFailures.Count > 0 && date >= _plannedFailures[0].On && !slot.IsReplacement)
        {
            var planned = _plannedFailures[0].Outcome;
            _plannedFailures.RemoveAt(0);
            return planned;
        }

        // [DOMAIN.md §3] recent contacts are sometimes still waiting for an outcome.
        if ((slot.StartsAt > _now.AddDays(-21) && Chance(0.07)) || Chance(0.004))
        {
            return null;
        }

        var enforceable = _brief.Enforcement != DemoEnforcementStory.AsItComes ? 0.0 : _compliance switch
        {
            Compliance.Good => 0.005,
            Compliance.Mixed => 0.018,
            _ => 0.04,
        };
        var group = slot.Type is ContactType.UnpaidWorkSession or ContactType.ProgrammeSession;
        var roll = _random.NextDouble();
        var serviceIssues = slot.Type == ContactType.UnpaidWorkSession ? 0.04 : slot.Type == ContactType.ProgrammeSession ? 0.01 : 0.0;
        var rescheduled = slot.IsReplacement ? 0.0 : group ? 0.01 : 0.04;
        if ((roll -= serviceIssues) < 0) return ContactOutcome.AttendedSentHomeServiceIssues;
        if ((roll -= 0.05) < 0) return ContactOutcome.AcceptableAbsence;
        if ((roll -= rescheduled) < 0) return ContactOutcome.Rescheduled;
        if ((roll -= enforceable * (group ? 1.5 : 1.0)) < 0)
        {
            return slot.Type == ContactType.Telephone
                ? ContactOutcome.UnacceptableAbsence
                : group || slot.Type == ContactType.RarActivity
                    ? Weighted((ContactOutcome.UnacceptableAbsence, 60), (ContactOutcome.AttendedFailedToComply, 20), (ContactOutcome.AttendedSentHomeBehaviour, 20))
                    : Weighted((ContactOutcome.UnacceptableAbsence, 80), (ContactOutcome.AttendedFailedToComply, 20));
        }

        return ContactOutcome.AttendedComplied;
    }

    private AcceptableAbsence ChooseAbsence()
    {
        var reason = Weighted((AcceptableAbsenceReason.Medical, 35), (AcceptableAbsenceReason.Employment, 20), (AcceptableAbsenceReason.FamilyOrChildcare, 15),
            (AcceptableAbsenceReason.CourtOrLegal, 5), (AcceptableAbsenceReason.Religious, 2), (AcceptableAbsenceReason.Holiday, 5),
            (AcceptableAbsenceReason.RemandedInCustody, 3), (AcceptableAbsenceReason.ProfessionalJudgement, 15));
        var (rationale, evidence) = reason switch
        {
            AcceptableAbsenceReason.Medical => ("Phoned before the appointment with flu symptoms; fit note from the GP seen at the next appointment.", Chance(0.75)),
            AcceptableAbsenceReason.Employment => ("Started a new job this week; shift rota shown and appointments moved to late afternoon.", Chance(0.6)),
            AcceptableAbsenceReason.FamilyOrChildcare => ("Child unwell and no other childcare available; school confirmed the absence.", Chance(0.5)),
            AcceptableAbsenceReason.CourtOrLegal => ("Attending the family court on the same morning; hearing notice seen.", true),
            AcceptableAbsenceReason.Religious => ("Religious festival agreed in advance and recorded on the plan.", false),
            AcceptableAbsenceReason.Holiday => ("Holiday agreed in advance with the responsible officer.", false),
            AcceptableAbsenceReason.RemandedInCustody => ("Remanded in custody on a new matter; confirmed with the prison.", true),
            _ => ("Bereavement in the family; absence accepted on professional judgement and discussed at the next appointment.", false),
        };
        return new AcceptableAbsence(reason, rationale, evidence);
    }

    private void ApplyOutcome(Slot slot, Contact contact, DateOnly date, DateTimeOffset recordedAt, Action<Slot> add)
    {
        var outcome = contact.Outcome!.Value;
        switch (outcome)
        {
            case ContactOutcome.AttendedComplied:
                Attended(slot, contact, date);
                break;
            case ContactOutcome.Rescheduled:
                var moved = Calendar.NextBusinessDayOnOrAfter(date.AddDays(_random.Next(2, 6)));
                if (moved <= _lastDay)
                {
                    add(slot with { StartsAt = At(moved, LondonClock.ToLondonTime(slot.StartsAt).Hour), IsReplacement = true, Notes = $"Rebooked. {slot.Notes}" });
                }

                break;
            case ContactOutcome.AttendedSentHomeServiceIssues when slot.Type == ContactType.UnpaidWorkSession:
                _order.RecordUnpaidWorkStandDown(date, Pick(DemoRegionNames.StandDownReasons), contact.Id);
                break;
        }

        if (contact.IsEnforceable)
        {
            Enforce(contact, recordedAt);
        }
    }

    private void Attended(Slot slot, Contact contact, DateOnly date)
    {
        if (slot.RequirementId is { } requirementId && _order.GetRequirement(requirementId) is RarRequirement { Status: RequirementStatus.AwaitingStart })
        {
            _order.StartRequirement(requirementId, date);
        }

        switch (slot.Type)
        {
            case ContactType.RarActivity:
                _rarDays.Add(date);
                break;
            case ContactType.UnpaidWorkSession:
                var unpaidWork = _order.UnpaidWork!;
                var remaining = unpaidWork.MinutesOrdered - unpaidWork.MinutesWorked;
                var ete = _person.Needs.HasFlag(Needs.EducationTrainingAndEmployment) && Chance(0.15);
                var minutes = Math.Min(remaining, ete ? 240 : Weighted((420, 8), (360, 1), (300, 1)));
                if (ete && unpaidWork.EducationTrainingEmploymentMinutes + minutes > unpaidWork.MinutesOrdered * EducationTrainingEmploymentWithinShareRule.MaximumShare)
                {
                    ete = false;
                }

                _order.CreditUnpaidWork(date, minutes, ete, contact.Id);
                if (unpaidWork.MinutesWorked == unpaidWork.MinutesOrdered)
                {
                    _order.CompleteRequirement(unpaidWork.Id, date);
                }

                break;
            case ContactType.ProgrammeSession:
                var programme = (AccreditedProgrammeRequirement)_order.GetRequirement(slot.RequirementId!.Value);
                _order.RecordProgrammeSessionAttended(programme.Id, date);
                if (programme.SessionsAttended == programme.SessionsRequired)
                {
                    _order.MoveProgramme(programme.Id, ProgrammeStatus.Completed, date);
                }
                else if (programme.SessionsAttended >= _programmeCancelAfter)
                {
                    _order.MoveProgramme(programme.Id, ProgrammeStatus.Cancelled, date, "Group cancelled: too few participants to run it. Re-referred to the next group.");
                }

                break;
        }
    }

    // ---- enforcement [DOMAIN.md §9] ----------------------------------------------------------------

    private void Enforce(Contact contact, DateTimeOffset recordedAt)
    {
        var date = contact.LondonDate;
        var officer = OfficerOn(date);
        var spo = _brief.Team.Spo;
        var isLicence = _order.Type == OrderType.Licence;
        var failure = _order.RecordUnacceptableFailure(contact, officer.Id, Clamp(recordedAt.AddHours(_random.Next(1, 20))));

        if (failure.RequiredAction == RequiredEnforcementAction.Warning)
        {
            var givenOn = Calendar.AddBusinessDays(date, _random.Next(1, 4));
            if (givenOn <= _today)
            {
                var on = date.ToString("d MMMM yyyy", EnglishDates);
                var what = contact.Outcome switch
                {
                    ContactOutcome.UnacceptableAbsence => $"You did not attend your appointment on {on} and gave no acceptable reason.",
                    ContactOutcome.AttendedSentHomeBehaviour => $"You were sent home on {on} because of your behaviour.",
                    _ => $"On {on} you attended but did not comply with the instructions given to you.",
                };
                _order.GiveWarning(failure.Id, officer.Id, givenOn, EnforcementWarning.StandardWording(what, isLicence), _today);
            }

            return;
        }

        // A breach already in progress takes the further failure into the same pack.
        if (_order.Decisions.Any(decision => decision.IsBreachInProgress))
        {
            return;
        }

        var referredAt = Clamp(At(Calendar.AddBusinessDays(date, _random.Next(1, 3)), 16));
        var discretion = _brief.Enforcement == DemoEnforcementStory.DiscretionPending || (_brief.Enforcement == DemoEnforcementStory.AsItComes && Chance(0.2));
        var breachRationale = isLicence
            ? "Second failure within 12 months of a warning. Recall to be considered: engagement has broken down and risk is rising."
            : "Second unacceptable failure within 12 months of a warning. Return to court requested.";
        var decision = discretion
            ? _order.ProposeProfessionalDiscretion(failure.Id, officer.Id, "Missed appointment during a housing crisis; otherwise engaging well. Propose a further chance with weekly reporting.", referredAt)
            : _order.ReferBreach(failure.Id, officer.Id, breachRationale, referredAt);

        var pending = _brief.Enforcement is DemoEnforcementStory.BreachPending or DemoEnforcementStory.DiscretionPending || referredAt > _now.AddDays(-21);
        if (pending)
        {
            return;
        }

        var decidedAt = referredAt.AddDays(_random.Next(1, 5));
        if (discretion && Chance(0.25))
        {
            _order.RejectDecision(decision.Id, spo, "A further failure within 12 months of a warning: the order must go back to court.", decidedAt);
            decision = _order.ReferBreach(failure.Id, officer.Id, breachRationale, decidedAt.AddHours(3));
            decidedAt = decidedAt.AddDays(1);
        }

        _order.ApproveDecision(decision.Id, spo, discretion ? "Agreed: proportionate given the circumstances." : "Breach pack checked and complete.", decidedAt);
        if (decision.Kind != EnforcementDecisionKind.Breach)
        {
            return;
        }

        var sentAt = decidedAt.AddDays(_random.Next(1, 4));
        _order.WriteBreachPack(
            decision.Id,
            new BreachPackSections(
                "Attended most appointments in the first months; two unacceptable failures since, the first warned in writing.",
                "Some RAR days and sessions delivered; engagement has dropped since the warning.",
                isLicence ? "Recall to be considered." : "The order to continue, with the court's warning."),
            decidedAt);
        _order.SendBreach(decision.Id, LondonClock.DateOf(sentAt), _today, sentAt);
        var heardOn = LondonClock.DateOf(sentAt).AddDays(_random.Next(14, 29));
        if (heardOn <= _today.AddDays(-3))
        {
            var (outcome, details) = Pick(DemoRegionNames.BreachCourtOutcomes);
            _order.RecordBreachCourtOutcome(decision.Id, new BreachCourtDecision(outcome, heardOn, _order.SentencingCourt, details), _contacts, _today, _now);
        }

        // Most people engage better once the court has dealt with a breach.
        _compliance = Compliance.Good;
    }

    private void EndOrder(DateOnly endedOn, TerminationReason reason)
    {
        var endedAt = Clamp(At(endedOn, 16));
        if (reason is TerminationReason.Completed or TerminationReason.RevokedEarlyForGoodProgress)
        {
            if (_order.Rar is { Status: RequirementStatus.InProgress } rar)
            {
                var delivered = RarLedger.Calculate(_order, _contacts, endedAt, TimelinessPolicy.Default).DaysDelivered;
                _order.CompleteRar(_contacts, endedOn, delivered < rar.MaximumDays ? "Sentence plan objectives met; the remaining days were not needed." : null, endedAt);
            }

            foreach (var requirement in _order.Requirements.OfType<GeneralRequirement>().Where(requirement => requirement.Status == RequirementStatus.InProgress).ToList())
            {
                _order.CompleteRequirement(requirement.Id, endedOn);
            }
        }

        _order.Terminate(endedOn, reason, _contacts, _today, "The order ended before the remaining hours or days were needed or could be worked.");
    }

    // ---- sentence plan [DOMAIN.md §8] -------------------------------------------------------------

    private SentencePlan? WritePlan()
    {
        var firstFaceToFace = _contacts
            .Where(contact => contact.IsFaceToFace && contact.Outcome == ContactOutcome.AttendedComplied)
            .MinBy(contact => contact.StartsAt);
        if (firstFaceToFace is null)
        {
            return null;
        }

        var metOn = firstFaceToFace.LondonDate;
        var timing = Weighted((PlanTiming.OnTime, 78), (PlanTiming.Late, 10), (PlanTiming.Missing, 5), (PlanTiming.Draft, 5), (PlanTiming.BeforeFaceToFace, 2));
        if (timing == PlanTiming.Missing)
        {
            return null;
        }

        // [measure SL006] due within 15 business days after the first attended appointment.
        var signOffOn = timing switch
        {
            PlanTiming.OnTime => Calendar.AddBusinessDays(metOn, _random.Next(2, 16)),
            PlanTiming.Late => Calendar.AddBusinessDays(metOn, _random.Next(16, 36)),
            PlanTiming.BeforeFaceToFace => _allocatedOn,
            _ => (DateOnly?)null,
        };
        if (signOffOn > _today || signOffOn > _lastDay)
        {
            signOffOn = null;
        }

        var startedOn = timing == PlanTiming.BeforeFaceToFace ? _allocatedOn : metOn;
        var officer = OfficerOn(startedOn);
        var plan = SentencePlan.Start(_order, officer.Id, Clamp(At(startedOn, 12)));
        var signOffAt = signOffOn is { } on ? Clamp(At(on, 9, 30)) : _now;
        var risk = RiskOn(signOffAt);
        AddObjectives(plan, includeKeepingOthersSafe: signOffOn is not null || Chance(0.5), risk);

        if (signOffOn is null && Chance(0.5))
        {
            return plan;
        }

        plan.RecordPersonsViews(
            Pick(["Wants help finding stable housing and work.", "Says the plan is realistic and wants to get the order done.", "Agrees with the plan; worried about money.", "Wants to rebuild contact with their children."]),
            involved: Chance(0.92));
        if (signOffOn is null)
        {
            return plan;
        }

        plan.SignOff(risk, officer.Id, firstFaceToFace.StartsAt, signOffAt);
        Review(plan, signOffOn.Value);
        return plan;
    }

    private void AddObjectives(SentencePlan plan, bool includeKeepingOthersSafe, RiskAssessment risk)
    {
        var rar = _order.Rar;
        var rarDaysLeft = rar?.MaximumDays ?? 0;
        var needs = AllNeeds.Where(need => _person.Needs.HasFlag(need)).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
        foreach (var need in needs)
        {
            var (description, activity) = NeedObjectives[need];
            int? days = null;
            if (rar is not null && rarDaysLeft > 0)
            {
                days = Math.Min(rarDaysLeft, _random.Next(2, Math.Max(3, (rar.MaximumDays / 2) + 1)));
                rarDaysLeft -= days.Value;
            }

            plan.AddObjective(_order, new ObjectiveDetails(description, need, RiskArea.None, activity,
                days is null ? "Responsible officer" : "Responsible officer and RAR provider", days is null ? null : rar!.Id, days));
        }

        foreach (var requirement in _order.Requirements)
        {
            switch (requirement)
            {
                case AccreditedProgrammeRequirement programme:
                    plan.AddObjective(_order, new ObjectiveDetails($"Complete {programme.ProgrammeName} and use its skills day to day.", ProgrammeNeed(programme.ProgrammeName), RiskArea.Reoffending,
                        $"Attend all {programme.SessionsRequired} sessions of {programme.ProgrammeName}.", "Programmes team", programme.Id));
                    break;
                case UnpaidWorkRequirement unpaidWork:
                    plan.AddObjective(_order, new ObjectiveDetails($"Complete the {unpaidWork.HoursOrdered} hours of unpaid work within 12 months.", Needs.None, RiskArea.Reoffending,
                        "Attend Community Payback sessions every week.", "Community Payback", unpaidWork.Id));
                    break;
            }
        }

        if (includeKeepingOthersSafe && risk.NeedsKeepingOthersSafeObjective)
        {
            AddKeepingOthersSafe(plan, risk);
        }
    }

    private void AddKeepingOthersSafe(SentencePlan plan, RiskAssessment risk)
    {
        var (description, activity) = risk.Flags.HasFlag(RiskFlags.DomesticAbuse)
            ? ("Keep current and former partners safe from abuse.", "Healthy relationships work; police call-outs checked monthly; no contact with the victim.")
            : risk.Flags.HasFlag(RiskFlags.ChildProtectionOrSafeguarding)
                ? ("Keep children safe.", "Follow the child protection plan; liaise with children's services; no unsupervised contact.")
                : ("Reduce the risk of serious harm to the public.", "Risk management plan reviewed at each appointment; warning signs and triggers work.");
        plan.AddObjective(_order, new ObjectiveDetails(description, Needs.None, RiskArea.KeepingOthersSafe, activity, "Responsible officer"));
    }

    private void Review(SentencePlan plan, DateOnly signedOffOn)
    {
        var signedOffAt = At(signedOffOn, 9, 30);
        var events = _riskEvents.Where(risk => risk.Trigger is not null && risk.At > signedOffAt).ToList();
        var end = Min(_today, _lastDay);
        var reviewOn = signedOffOn.AddDays((16 * 7) + _random.Next(-10, 8));
        var last = signedOffOn;
        while (true)
        {
            var triggered = events.FirstOrDefault(risk => LondonClock.DateOf(risk.At) > last);
            var triggeredOn = triggered is null ? (DateOnly?)null : LondonClock.DateOf(triggered.At);
            if (triggeredOn is { } eventOn && eventOn <= end && eventOn <= reviewOn)
            {
                plan.RecordReviewTrigger(triggered!.Trigger!.Value, eventOn, triggered.Reason);
                var risk = triggered.Assessment;
                if (risk.NeedsKeepingOthersSafeObjective && !plan.Objectives.Any(objective => objective.Risk == RiskArea.KeepingOthersSafe))
                {
                    AddKeepingOthersSafe(plan, risk);
                }

                // Most trigger reviews happen within a fortnight; some are still open.
                if (!Chance(0.8))
                {
                    return;
                }

                reviewOn = eventOn.AddDays(_random.Next(1, 15));
            }

            if (reviewOn > end || Chance(0.1))
            {
                return;
            }

            var reviewedAt = Clamp(At(reviewOn, 15));
            var currentRisk = RiskOn(reviewedAt);
            if (currentRisk.NeedsKeepingOthersSafeObjective && !plan.Objectives.Any(objective => objective.Risk == RiskArea.KeepingOthersSafe))
            {
                AddKeepingOthersSafe(plan, currentRisk);
            }

            plan.RecordReview(currentRisk, OfficerOn(reviewOn).Id, reviewOn, triggeredOn is not null && triggeredOn <= reviewOn
                ? $"Reviewed after: {triggered!.Reason}"
                : Pick(["Attending well; RAR work on thinking skills progressing.", "Now in work; appointments moved to late afternoon.", "Housing still unsettled; referral to Shelter made.", "Drinking reduced; keep alcohol objective.", "No change in risk; objectives still relevant."]),
                reviewedAt);
            last = reviewOn;
            reviewOn = reviewOn.AddDays((16 * 7) + _random.Next(-7, 8));
        }
    }

    private static Needs ProgrammeNeed(string programme) => programme switch
    {
        "Building Better Relationships" => Needs.Relationships,
        "Drink Impaired Drivers" => Needs.Alcohol,
        "Building Skills for Recovery" => Needs.Drugs,
        "Horizon" => Needs.Attitudes,
        _ => Needs.ThinkingAndBehaviour,
    };

    private static readonly Needs[] AllNeeds = [.. Enum.GetValues<Needs>().Where(need => need != Needs.None)];

    private static readonly Dictionary<Needs, (string Description, string Activity)> NeedObjectives = new()
    {
        [Needs.Accommodation] = ("Find and keep settled accommodation.", "Referral to the housing options team and Shelter; tenancy support."),
        [Needs.EducationTrainingAndEmployment] = ("Get into work or training.", "Employment, training and education sessions; CV and CSCS card."),
        [Needs.FinanceBenefitsAndDebt] = ("Manage money and deal with debts.", "Benefits check and debt advice with Citizens Advice."),
        [Needs.Relationships] = ("Build healthy relationships.", "Healthy relationships one-to-one work."),
        [Needs.Lifestyle] = ("Spend time away from peers linked to offending.", "Structured activities and a weekly timetable."),
        [Needs.Drugs] = ("Stop using drugs.", "Treatment with Together Drug and Alcohol Services; harm reduction sessions."),
        [Needs.Alcohol] = ("Reduce drinking.", "Alcohol awareness group and a drinking diary."),
        [Needs.ThinkingAndBehaviour] = ("Think before acting under pressure.", "Consequential thinking and emotional management work."),
        [Needs.Attitudes] = ("Challenge attitudes that support offending.", "Victim awareness and pro-social modelling."),
        [Needs.EmotionalWellbeing] = ("Look after mental health.", "Register with a GP; referral to talking therapies."),
    };

    // ---- helpers ---------------------------------------------------------------------------------

    private static DateTimeOffset At(DateOnly date, int hour, int minute = 0) => LondonClock.ToUtc(date, new TimeOnly(hour, minute));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly NextDay(DateOnly date, DayOfWeek day)
    {
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private DateTimeOffset Clamp(DateTimeOffset at) => at > _now ? _now : at;

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Weighted<T>(params (T Value, int Weight)[] options)
    {
        var roll = _random.Next(options.Sum(option => option.Weight));
        foreach (var (value, weight) in options)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }
}
