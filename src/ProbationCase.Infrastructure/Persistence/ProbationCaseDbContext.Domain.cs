using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Oversight;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Letters;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>The domain's aggregates. Pages read through Select projections; writes load one aggregate and save once.</summary>
public sealed partial class ProbationCaseDbContext
{
    public DbSet<PersonOnProbation> People => Set<PersonOnProbation>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<SentencePlan> SentencePlans => Set<SentencePlan>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();

    public DbSet<PreSentenceReport> PreSentenceReports => Set<PreSentenceReport>();

    public DbSet<ManagementOversight> ManagementOversight => Set<ManagementOversight>();

    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();

    public DbSet<IssuedLetter> IssuedLetters => Set<IssuedLetter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Crn>().HaveConversion<CrnConverter>();
        // Codes are stored by name so the database reads plainly and reordering an enum is safe;
        // [Flags] sets (needs, barriers, risk flags) stay integers.
        foreach (var codes in typeof(PersonOnProbation).Assembly.GetTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)))
        {
            configurationBuilder.Properties(codes).HaveConversion<string>().HaveMaxLength(50);
        }
    }
}

internal sealed class CrnConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Crn, string>(
    crn => crn.Value, value => Crn.Parse(value));
