using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", table =>
            table.HasCheckConstraint("ck_orders_dates", "expected_end_date >= start_date AND start_date >= sentence_date"));
        builder.HasConcurrencyVersion();
        builder.Property(o => o.SentencingCourt).HasMaxLength(200);
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PersonId, o.SentenceDate });
        builder.HasIndex(o => o.ExpectedEndDate);
        builder.Ignore(o => o.HasEnded);
        builder.Ignore(o => o.EndDate);
        builder.Ignore(o => o.Rar);
        builder.Ignore(o => o.UnpaidWork);

        builder.Ignore(o => o.FailuresNotDealtWith);
        builder.HasMany(o => o.Offences).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Requirements).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Failures).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Warnings).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Decisions).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        foreach (var navigation in new[] { nameof(Order.Offences), nameof(Order.Requirements), nameof(Order.Failures), nameof(Order.Warnings), nameof(Order.Decisions) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

public sealed class OffenceConfiguration : IEntityTypeConfiguration<Offence>
{
    public void Configure(EntityTypeBuilder<Offence> builder)
    {
        builder.ToTable("offences");
        builder.HasConcurrencyVersion();
        builder.Property(o => o.Description).HasMaxLength(500);
    }
}

public sealed class UnacceptableFailureConfiguration : IEntityTypeConfiguration<UnacceptableFailure>
{
    public void Configure(EntityTypeBuilder<UnacceptableFailure> builder)
    {
        builder.ToTable("unacceptable_failures");
        builder.HasConcurrencyVersion();
        builder.HasIndex(f => new { f.OrderId, f.OccurredOn });
        builder.HasIndex(f => f.ContactId).IsUnique();
    }
}

public sealed class EnforcementWarningConfiguration : IEntityTypeConfiguration<EnforcementWarning>
{
    public void Configure(EntityTypeBuilder<EnforcementWarning> builder)
    {
        builder.ToTable("enforcement_warnings");
        builder.HasConcurrencyVersion();
        builder.Property(w => w.Content).HasMaxLength(4000);
        builder.HasIndex(w => new { w.OrderId, w.GivenOn });
    }
}

public sealed class EnforcementDecisionConfiguration : IEntityTypeConfiguration<EnforcementDecision>
{
    public void Configure(EntityTypeBuilder<EnforcementDecision> builder)
    {
        builder.ToTable("enforcement_decisions");
        builder.HasConcurrencyVersion();
        builder.Property(d => d.Rationale).HasMaxLength(4000);
        builder.Property(d => d.DecisionRationale).HasMaxLength(4000);
        builder.Property(d => d.CourtOutcome).HasMaxLength(1000);
        builder.Ignore(d => d.IsBreachInProgress);
        builder.HasIndex(d => new { d.Status, d.ReferredAt });
        builder.HasIndex(d => d.OrderId);
    }
}
