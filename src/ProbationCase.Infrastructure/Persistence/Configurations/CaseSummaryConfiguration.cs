using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per case, written only by <see cref="CaseSummaries.CaseSummaryUpkeep"/> from the domain's
/// <see cref="CaseSummary.Compute"/>; every list reads it. Indexed for the ways lists scope and find cases.
/// </summary>
public sealed class CaseSummaryConfiguration : IEntityTypeConfiguration<CaseSummary>
{
    public void Configure(EntityTypeBuilder<CaseSummary> builder)
    {
        builder.ToTable("case_summaries");
        builder.HasKey(s => s.PersonId);
        builder.Property(s => s.PersonId).ValueGeneratedNever();
        builder.HasOne<PersonOnProbation>().WithOne().HasForeignKey<CaseSummary>(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Crn).HasMaxLength(7);
        builder.HasIndex(s => s.Crn).IsUnique();
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.ComputedWith).HasMaxLength(64);

        // My cases: an officer's live cases in name order; the team caseload and dashboard: a team's.
        builder.HasIndex(s => new { s.ResponsibleOfficerId, s.LastName, s.FirstName, s.PersonId });
        builder.HasIndex(s => new { s.TeamId, s.AllocationStatus, s.ResponsibleOfficerId });
        // The rebuild finds summaries worked out under other rules.
        builder.HasIndex(s => s.ComputedWith);
        // Name search (ILIKE '%…%') uses trigram indexes on these expressions, created in the migration.
    }
}
