using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class PreSentenceReportConfiguration : IEntityTypeConfiguration<PreSentenceReport>
{
    public void Configure(EntityTypeBuilder<PreSentenceReport> builder)
    {
        builder.ToTable("pre_sentence_reports");
        builder.HasConcurrencyVersion();
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CourtName).HasMaxLength(200);
        builder.Property(r => r.TypedRecord).HasMaxLength(20000);
        builder.ComplexProperty(r => r.Assessment, assessment =>
        {
            assessment.Property(a => a.RsrPercent).HasPrecision(5, 2);
            assessment.Property(a => a.SourcesOfInformation).HasMaxLength(4000);
            assessment.Property(a => a.OffenceAnalysis).HasMaxLength(8000);
            assessment.Property(a => a.VictimImpact).HasMaxLength(4000);
        });
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.IsAwaitingTypedRecord);
        // The court work list reads reports by court and hearing date; concordance by court and month.
        builder.HasIndex(r => new { r.CourtName, r.HearingDate });
        builder.HasIndex(r => new { r.Status, r.HearingDate });
        // The work list's default view is open reports (PreSentenceReport.IsOpen: closed_at IS NULL) by hearing
        // date, with or without a court: small partial indexes a page can walk in order and stop after 25 rows.
        builder.HasIndex(r => new { r.HearingDate, r.CourtName }, "OpenByHearingDate").HasFilter("closed_at IS NULL").HasDatabaseName("ix_pre_sentence_reports_open_hearing_date_court_name");
        builder.HasIndex(r => new { r.CourtName, r.HearingDate }, "OpenByCourt").HasFilter("closed_at IS NULL").HasDatabaseName("ix_pre_sentence_reports_open_court_name_hearing_date");
        // With closed reports (history) and no court: every report in hearing order, read only as far as the page.
        builder.HasIndex(r => new { r.HearingDate, r.CourtName });
        builder.HasIndex(r => r.PersonId);

        builder.HasMany(r => r.Offences).WithOne().HasForeignKey(o => o.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Checks).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Proposal).WithOne().HasForeignKey<SentenceProposal>(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Offences).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Checks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PsrOffenceConfiguration : IEntityTypeConfiguration<PsrOffence>
{
    public void Configure(EntityTypeBuilder<PsrOffence> builder)
    {
        builder.ToTable("psr_offences");
        builder.HasConcurrencyVersion();
        builder.Property(o => o.Description).HasMaxLength(500);
    }
}

public sealed class PreSentenceCheckConfiguration : IEntityTypeConfiguration<PreSentenceCheck>
{
    public void Configure(EntityTypeBuilder<PreSentenceCheck> builder)
    {
        builder.ToTable("pre_sentence_checks");
        builder.HasConcurrencyVersion();
        builder.Property(c => c.Result).HasMaxLength(4000);
        builder.PrimitiveCollection(c => c.ChasedOn).HasField("_chasedOn").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsReturned);
        builder.Ignore(c => c.IsResolved);
        builder.Ignore(c => c.LastChasedOn);
        builder.Ignore(c => c.Name);
        builder.HasIndex(c => new { c.ReportId, c.Kind }).IsUnique();
    }
}

public sealed class SentenceProposalConfiguration : IEntityTypeConfiguration<SentenceProposal>
{
    public void Configure(EntityTypeBuilder<SentenceProposal> builder)
    {
        builder.ToTable("sentence_proposals");
        builder.HasConcurrencyVersion();
        builder.Property(p => p.Rationale).HasMaxLength(8000);
        builder.Ignore(p => p.RarDays);
        builder.Ignore(p => p.RequirementTerms);
        builder.HasMany(p => p.Requirements).WithOne().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.RarActivities).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Requirements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.RarActivities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProposedRequirementConfiguration : IEntityTypeConfiguration<ProposedRequirement>
{
    public void Configure(EntityTypeBuilder<ProposedRequirement> builder)
    {
        builder.ToTable("proposed_requirements", table =>
            table.HasCheckConstraint("ck_proposed_requirements_quantity", "quantity IS NULL OR quantity > 0"));
        builder.HasConcurrencyVersion();
        builder.Property(r => r.ProgrammeName).HasMaxLength(200);
        builder.Property(r => r.Details).HasMaxLength(2000);
        builder.Ignore(r => r.Terms);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(r => r.InterventionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProposedRarActivityConfiguration : IEntityTypeConfiguration<ProposedRarActivity>
{
    public void Configure(EntityTypeBuilder<ProposedRarActivity> builder)
    {
        builder.ToTable("proposed_rar_activities");
        builder.HasConcurrencyVersion();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(a => a.InterventionId).OnDelete(DeleteBehavior.Restrict);
    }
}
