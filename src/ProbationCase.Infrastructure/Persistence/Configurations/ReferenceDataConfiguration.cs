using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.HasConcurrencyVersion();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Ignore(s => s.IsSeniorProbationOfficer);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.TeamId);
    }
}

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasConcurrencyVersion();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasOne<Office>().WithMany().HasForeignKey(t => t.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("offices");
        builder.HasConcurrencyVersion();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(500);
    }
}

public sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("interventions", table =>
            table.HasCheckConstraint("ck_interventions_sessions", "sessions > 0"));
        builder.HasConcurrencyVersion();
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Provider).HasMaxLength(200);
        builder.Property(i => i.Location).HasMaxLength(200);
        builder.HasIndex(i => new { i.Type, i.Name });
    }
}

public sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> builder)
    {
        builder.ToTable("bank_holidays");
        builder.HasConcurrencyVersion();
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.HasIndex(b => b.Date).IsUnique();
    }
}
