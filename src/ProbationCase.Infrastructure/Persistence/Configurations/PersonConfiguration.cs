using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Access;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Staff;
using Staff = ProbationCase.Domain.Staff.StaffMember;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<PersonOnProbation>
{
    public void Configure(EntityTypeBuilder<PersonOnProbation> builder)
    {
        builder.ToTable("people");
        builder.HasConcurrencyVersion();
        builder.Property(p => p.Crn).HasMaxLength(7);
        builder.HasIndex(p => p.Crn).IsUnique();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.HasIndex(p => new { p.LastName, p.FirstName });
        // Find a person by part of a name (ILIKE '%…%') uses trigram indexes, created in the
        // NameSearchIndexes migration on the same expressions the search query builds.
        foreach (var answer in new[] { nameof(PersonOnProbation.Gender), nameof(PersonOnProbation.Ethnicity), nameof(PersonOnProbation.Disability), nameof(PersonOnProbation.Religion), nameof(PersonOnProbation.SexualOrientation) })
        {
            builder.Property(answer).HasMaxLength(100);
        }

        builder.Property(p => p.Adjustments).HasMaxLength(2000);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.ComplexProperty(p => p.Address, address => address.ToJson());
        builder.ComplexProperty(p => p.Risk, RiskAssessmentMapping.Map);
        builder.Ignore(p => p.FullName);
        builder.HasMany(p => p.RiskHistory).WithOne().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.RiskHistory).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Caseloads and team queues read people by officer and by team [DOMAIN.md §11].
        builder.HasIndex(p => new { p.ResponsibleOfficerId, p.LastName });
        builder.HasIndex(p => new { p.TeamId, p.AllocationStatus });
        builder.HasOne<Staff>().WithMany().HasForeignKey(p => p.ResponsibleOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.CurrentAllocation);
        builder.Ignore(p => p.OfficerChanges);
        builder.HasMany(p => p.Allocations).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(p => p.ActiveAccessEntries);
        builder.HasMany(p => p.AccessEntries).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.AccessEntries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CaseAllocationConfiguration : IEntityTypeConfiguration<CaseAllocation>
{
    public void Configure(EntityTypeBuilder<CaseAllocation> builder)
    {
        builder.ToTable("case_allocations");
        builder.HasConcurrencyVersion();
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Ignore(a => a.IsCurrent);
        builder.HasOne<Staff>().WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.AllocatedAt });
    }
}

public sealed class CaseAccessEntryConfiguration : IEntityTypeConfiguration<CaseAccessEntry>
{
    public void Configure(EntityTypeBuilder<CaseAccessEntry> builder)
    {
        builder.ToTable("case_access_entries");
        builder.HasConcurrencyVersion();
        builder.Ignore(a => a.IsActive);
        builder.HasIndex(a => new { a.PersonId, a.StaffUserId });
    }
}

public sealed class RiskHistoryEntryConfiguration : IEntityTypeConfiguration<RiskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RiskHistoryEntry> builder)
    {
        builder.ToTable("risk_history");
        builder.HasConcurrencyVersion();
        builder.Property(h => h.Reason).HasMaxLength(2000);
        builder.ComplexProperty(h => h.Assessment, RiskAssessmentMapping.Map);
        builder.HasIndex(h => new { h.PersonId, h.ChangedAt });
    }
}

internal static class RiskAssessmentMapping
{
    public static void Map(ComplexPropertyBuilder<RiskAssessment> risk)
    {
        risk.Property(r => r.RsrPercent).HasPrecision(5, 2);
        risk.Ignore(r => r.NeedsKeepingOthersSafeObjective);
    }
}
