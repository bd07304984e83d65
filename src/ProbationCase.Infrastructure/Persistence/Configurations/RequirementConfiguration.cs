using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

/// <summary>All requirement types in one table; the rules the database can hold are check constraints.</summary>
public sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.ToTable("requirements", table =>
        {
            // [seed 002 §4] unpaid work is 40 to 300 hours; [statute: CJA 2003 Sch 8 para 9(3)] from 20 when imposed on breach.
            table.HasCheckConstraint("ck_requirements_unpaid_work_hours",
                "hours_ordered IS NULL OR hours_ordered BETWEEN (CASE WHEN imposed_on_breach THEN 20 ELSE 40 END) AND 300");
            table.HasCheckConstraint("ck_requirements_rar_days", "maximum_days IS NULL OR maximum_days > 0");
            table.HasCheckConstraint("ck_requirements_programme_sessions",
                "sessions_required IS NULL OR (sessions_required > 0 AND sessions_attended >= 0 AND sessions_attended <= sessions_required)");
        });
        builder.HasConcurrencyVersion();
        builder.HasDiscriminator<string>("kind")
            .HasValue<RarRequirement>("rar")
            .HasValue<UnpaidWorkRequirement>("unpaid_work")
            .HasValue<AccreditedProgrammeRequirement>("accredited_programme")
            .HasValue<GeneralRequirement>("general");
        builder.Property<string>("kind").HasMaxLength(30);
        builder.Property(r => r.EndReason).HasMaxLength(2000);
        builder.Property(r => r.ShortfallReason).HasMaxLength(2000);
        builder.Ignore(r => r.IsFinished);
        builder.HasIndex(r => new { r.OrderId, r.Type });
        builder.HasIndex(r => r.Status);
    }
}

public sealed class RarRequirementConfiguration : IEntityTypeConfiguration<RarRequirement>
{
    public void Configure(EntityTypeBuilder<RarRequirement> builder)
    {
        builder.Property(r => r.DaysDeliveredAtEnd);
    }
}

public sealed class UnpaidWorkRequirementConfiguration : IEntityTypeConfiguration<UnpaidWorkRequirement>
{
    public void Configure(EntityTypeBuilder<UnpaidWorkRequirement> builder)
    {
        builder.Ignore(r => r.MinutesOrdered);
        builder.Ignore(r => r.MinutesWorked);
        builder.Ignore(r => r.EducationTrainingEmploymentMinutes);
        builder.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.StandDowns).WithOne().HasForeignKey(s => s.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.StandDowns).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AccreditedProgrammeRequirementConfiguration : IEntityTypeConfiguration<AccreditedProgrammeRequirement>
{
    public void Configure(EntityTypeBuilder<AccreditedProgrammeRequirement> builder)
    {
        builder.Property(r => r.ProgrammeName).HasMaxLength(200);
    }
}

public sealed class GeneralRequirementConfiguration : IEntityTypeConfiguration<GeneralRequirement>
{
    public void Configure(EntityTypeBuilder<GeneralRequirement> builder)
    {
        builder.Property(r => r.Details).HasMaxLength(2000);
    }
}

public sealed class UnpaidWorkSessionConfiguration : IEntityTypeConfiguration<UnpaidWorkSession>
{
    public void Configure(EntityTypeBuilder<UnpaidWorkSession> builder)
    {
        builder.ToTable("unpaid_work_sessions", table =>
            table.HasCheckConstraint("ck_unpaid_work_sessions_minutes", "minutes_credited > 0"));
        builder.HasConcurrencyVersion();
        builder.HasIndex(s => new { s.RequirementId, s.WorkedOn });
    }
}

public sealed class UnpaidWorkStandDownConfiguration : IEntityTypeConfiguration<UnpaidWorkStandDown>
{
    public void Configure(EntityTypeBuilder<UnpaidWorkStandDown> builder)
    {
        builder.ToTable("unpaid_work_stand_downs");
        builder.HasConcurrencyVersion();
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.HasIndex(s => new { s.RequirementId, s.On });
    }
}
