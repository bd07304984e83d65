using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Oversight;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class ManagementOversightConfiguration : IEntityTypeConfiguration<ManagementOversight>
{
    public void Configure(EntityTypeBuilder<ManagementOversight> builder)
    {
        builder.ToTable("management_oversight");
        builder.HasConcurrencyVersion();
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.WhatWasReviewed).HasMaxLength(8000);
        builder.Ignore(o => o.RecordedOn);
        builder.HasIndex(o => new { o.PersonId, o.RecordedAt });
        builder.HasMany(o => o.Actions).WithOne().HasForeignKey(a => a.OversightId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(o => o.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OversightActionConfiguration : IEntityTypeConfiguration<OversightAction>
{
    public void Configure(EntityTypeBuilder<OversightAction> builder)
    {
        builder.ToTable("oversight_actions");
        builder.HasConcurrencyVersion();
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Ignore(a => a.IsCompleted);
        // Overdue actions on the dashboard: open actions by due date.
        builder.HasIndex(a => a.DueOn).HasFilter("completed_on IS NULL");
    }
}

public sealed class CaseAuditConfiguration : IEntityTypeConfiguration<CaseAudit>
{
    public void Configure(EntityTypeBuilder<CaseAudit> builder)
    {
        builder.ToTable("case_audits");
        builder.HasConcurrencyVersion();
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.IncludesUnpaidWork);
        builder.HasIndex(a => new { a.PersonId, a.AuditedOn });
        builder.HasIndex(a => a.AuditedOn);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.AuditId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CaseAuditAnswerConfiguration : IEntityTypeConfiguration<CaseAuditAnswer>
{
    public void Configure(EntityTypeBuilder<CaseAuditAnswer> builder)
    {
        builder.ToTable("case_audit_answers");
        builder.HasConcurrencyVersion();
        builder.Property(a => a.QuestionCode).HasMaxLength(10);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasIndex(a => new { a.AuditId, a.QuestionCode }).IsUnique();
    }
}
