using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>A place a person can live: a town and its postcode districts.</summary>
internal sealed record DemoTown(string Name, string[] PostcodeDistricts);

/// <summary>A demo team: its office, its SPO, its officers (name and grade), its courts and its towns.</summary>
internal sealed record DemoTeamPlan(
    string Name,
    string OfficeName,
    string OfficeAddress,
    string SeniorProbationOfficer,
    (string Name, OfficerGrade Grade)[] Officers,
    string[] Courts,
    DemoTown[] Towns);

/// <summary>The fixed word lists of the demo region in Devon and Cornwall: names, places, courts, wording.</summary>
internal static class DemoRegionNames
{
    public const int MaximumTeams = 5;

    public static readonly DemoTeamPlan[] Teams =
    [
        new("Exeter North", "Exeter Probation Office", "Queen's House, Little Queen Street, Exeter EX4 3LJ", "Sam Pereira",
            [("Riya Osei", OfficerGrade.ProbationOfficer), ("Tom Hartley", OfficerGrade.ProbationOfficer), ("Megan Pascoe", OfficerGrade.ProbationServicesOfficer), ("Daniel Okafor", OfficerGrade.ProbationServicesOfficer), ("Hannah Webber", OfficerGrade.ProbationOfficer), ("Marcus Yeo", OfficerGrade.ProbationServicesOfficer)],
            ["Exeter Magistrates' Court", "Exeter Crown Court", "Newton Abbot Magistrates' Court"],
            [new("Exeter", ["EX1", "EX2", "EX4"]), new("Crediton", ["EX17"]), new("Tiverton", ["EX16"]), new("Exmouth", ["EX8"]), new("Cullompton", ["EX15"])]),
        new("Plymouth Central", "Plymouth Probation Office", "Hyde Park House, Mutley Plain, Plymouth PL4 6LF", "Helen Trewin",
            [("James Brennan", OfficerGrade.ProbationOfficer), ("Aisha Rahman", OfficerGrade.ProbationOfficer), ("Lewis Carter", OfficerGrade.ProbationServicesOfficer), ("Sophie Lang", OfficerGrade.ProbationServicesOfficer), ("Owen Pengelly", OfficerGrade.ProbationOfficer), ("Zara Ali", OfficerGrade.ProbationServicesOfficer)],
            ["Plymouth Magistrates' Court", "Plymouth Crown Court"],
            [new("Plymouth", ["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7"]), new("Ivybridge", ["PL21"]), new("Tavistock", ["PL19"])]),
        new("Truro and West Cornwall", "Truro Probation Office", "Pydar House, Pydar Street, Truro TR1 2UA", "Mark Penrose",
            [("Kerensa Rowe", OfficerGrade.ProbationOfficer), ("Gareth Jenkin", OfficerGrade.ProbationOfficer), ("Emma Tonkin", OfficerGrade.ProbationServicesOfficer), ("Wei Chen", OfficerGrade.ProbationServicesOfficer), ("Tamsin Hocking", OfficerGrade.ProbationOfficer), ("Jacob Nance", OfficerGrade.ProbationServicesOfficer)],
            ["Truro Crown Court", "Bodmin Magistrates' Court"],
            [new("Truro", ["TR1"]), new("Camborne", ["TR14"]), new("Redruth", ["TR15"]), new("Penzance", ["TR18"]), new("Falmouth", ["TR11"]), new("Helston", ["TR13"]), new("St Ives", ["TR26"])]),
        new("Torbay", "Torquay Probation Office", "Union House, Union Street, Torquay TQ1 3YA", "Claire Dawson",
            [("Oliver Reed", OfficerGrade.ProbationOfficer), ("Priya Nair", OfficerGrade.ProbationOfficer), ("Jack Symons", OfficerGrade.ProbationServicesOfficer), ("Laura Miles", OfficerGrade.ProbationServicesOfficer), ("Sean Doyle", OfficerGrade.ProbationOfficer), ("Amy Luscombe", OfficerGrade.ProbationServicesOfficer)],
            ["Torquay Magistrates' Court", "Exeter Crown Court"],
            [new("Torquay", ["TQ1", "TQ2"]), new("Paignton", ["TQ3", "TQ4"]), new("Brixham", ["TQ5"]), new("Newton Abbot", ["TQ12"])]),
        new("North Devon", "Barnstaple Probation Office", "Civic Centre, North Walk, Barnstaple EX31 1EE", "Paul Ward",
            [("Nadia Hussain", OfficerGrade.ProbationOfficer), ("Ben Slee", OfficerGrade.ProbationOfficer), ("Katie Heard", OfficerGrade.ProbationServicesOfficer), ("Ryan Moss", OfficerGrade.ProbationServicesOfficer), ("Ellie Squire", OfficerGrade.ProbationOfficer), ("Callum Isaac", OfficerGrade.ProbationServicesOfficer)],
            ["Barnstaple Magistrates' Court", "Exeter Crown Court"],
            [new("Barnstaple", ["EX31", "EX32"]), new("Bideford", ["EX39"]), new("Ilfracombe", ["EX34"]), new("South Molton", ["EX36"])]),
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Jack", "Harry", "George", "Oliver", "Charlie", "Thomas", "James", "William", "Daniel", "Joshua", "Ryan", "Liam", "Connor", "Callum",
        "Jamie", "Lewis", "Kieran", "Nathan", "Adam", "Luke", "Matthew", "Michael", "David", "Paul", "Mark", "Steven", "Lee", "Craig",
        "Dean", "Wayne", "Darren", "Gary", "Kevin", "Carl", "Shaun", "Jason", "Scott", "Aaron", "Jordan", "Tyler", "Kyle", "Reece",
        "Bradley", "Ashley", "Mohammed", "Ali", "Tomasz", "Piotr", "Andrei", "Kwame", "Tyrone", "Jake", "Sam", "Ben", "Alfie", "Josh",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Emma", "Sophie", "Chloe", "Jessica", "Hannah", "Lauren", "Amy", "Rebecca", "Sarah", "Laura", "Gemma", "Kelly", "Stacey",
        "Nicola", "Michelle", "Lisa", "Donna", "Claire", "Kerry", "Natalie", "Danielle", "Charlotte", "Megan", "Shannon", "Jade",
        "Leanne", "Amber", "Courtney", "Zoe", "Aisha", "Agnieszka", "Tanya", "Becky", "Kirsty", "Paige", "Tamsin",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
        "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
        "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
        "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
        "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
        "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
        "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray",
        "Dixon", "Harvey", "Pascoe", "Trembath", "Penrose", "Nowak", "Kowalski", "Hosking", "Rowe", "Tregear", "Chudleigh", "Luscombe",
    ];

    public static readonly string[] Streets =
    [
        "Fore Street", "High Street", "Station Road", "Church Road", "Victoria Road", "Albert Road", "Park Road", "Mill Lane",
        "Chapel Street", "Alexandra Road", "Belmont Road", "Queen Street", "North Road", "Priory Road", "Union Street", "Trelawney Road",
        "St Johns Road", "Beacon Road", "Harbour Road", "Marsh Lane", "Orchard Close", "Elm Grove", "Cross Street", "Mount Pleasant Road",
        "Western Road", "Clifton Terrace", "Brook Street", "Wellington Street", "Castle Street", "Meadow Way",
    ];

    public static readonly string[] Ethnicities =
    [
        "White: English, Welsh, Scottish, Northern Irish or British", "White: Any other White background", "White: Irish",
        "White: Gypsy or Irish Traveller", "Mixed: White and Black Caribbean", "Mixed: White and Asian", "Asian or Asian British: Pakistani",
        "Asian or Asian British: Indian", "Asian or Asian British: Bangladeshi", "Black or Black British: African", "Black or Black British: Caribbean",
        "Other ethnic group: Arab",
    ];

    public static readonly string[] Adjustments =
    [
        "Ground-floor interview room; uses a walking stick.",
        "Written information in large print.",
        "Appointments not before 11am because of medication.",
        "Dyslexic: read letters and plans aloud and check understanding.",
        "Hearing impairment: book a quiet room and face the person when speaking.",
        "Anxiety: offer a quieter waiting area and a consistent officer.",
        "ADHD: keep sessions short with breaks; text reminders the day before.",
    ];

    public static readonly string[] Interpreters = ["Polish", "Romanian", "Arabic", "Lithuanian"];

    public static readonly string[] RarProviders = ["Interventions Alliance", "Shelter South West", "Together Drug and Alcohol Services", "Citizens Advice", "Seetec Pluss"];

    public static readonly string[] RarActivities =
    [
        "Thinking skills one-to-one", "Emotional management group", "Finance, benefit and debt session", "Accommodation support session",
        "Healthy relationships one-to-one", "Alcohol awareness group", "Employment, training and education session", "Victim awareness work",
        "Consequential thinking worksheet", "Drug harm reduction session",
    ];

    public static readonly string[] UnpaidWorkProjects =
    [
        "Canal path clearance", "Community garden", "Charity shop warehouse", "Church hall redecoration", "Beach clean",
        "Allotment restoration", "Food bank sorting", "Footpath maintenance", "Sports club painting",
    ];

    public static readonly string[] StandDownReasons =
    [
        "No supervisor available; project cancelled on the day.", "Heavy rain: outdoor project closed.",
        "Minibus broke down; group stood down.", "Too many people booked for the project.",
    ];

    public static readonly (BreachCourtOutcome Outcome, string Details)[] BreachCourtOutcomes =
    [
        (BreachCourtOutcome.Fine, "Order to continue; fined £120."),
        (BreachCourtOutcome.NoAction, "Order to continue; warned by the court."),
        (BreachCourtOutcome.Fine, "Order to continue; fined £60."),
        (BreachCourtOutcome.NoAction, "Order to continue; no further action."),
    ];
}
