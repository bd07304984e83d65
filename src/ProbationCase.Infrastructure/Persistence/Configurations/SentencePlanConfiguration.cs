using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class SentencePlanConfiguration : IEntityTypeConfiguration<SentencePlan>
{
    public void Configure(EntityTypeBuilder<SentencePlan> builder)
    {
        builder.ToTable("sentence_plans");
        builder.HasConcurrencyVersion();
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrderId).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.Property(p => p.PersonsViews).HasMaxLength(4000);
        builder.Ignore(p => p.PlannedRarDays);
        builder.HasMany(p => p.Objectives).WithOne().HasForeignKey(o => o.SentencePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.SentencePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Triggers).WithOne().HasForeignKey(t => t.SentencePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Objectives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Triggers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PlanObjectiveConfiguration : IEntityTypeConfiguration<PlanObjective>
{
    public void Configure(EntityTypeBuilder<PlanObjective> builder)
    {
        builder.ToTable("plan_objectives", table =>
            table.HasCheckConstraint("ck_plan_objectives_rar_days", "planned_rar_days IS NULL OR planned_rar_days > 0"));
        builder.HasConcurrencyVersion();
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Activity).HasMaxLength(2000);
        builder.Property(o => o.DeliveredBy).HasMaxLength(200);
    }
}

public sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.ToTable("plan_reviews");
        builder.HasConcurrencyVersion();
        builder.Property(r => r.WhatChanged).HasMaxLength(4000);
        builder.HasIndex(r => new { r.SentencePlanId, r.ReviewedOn });
    }
}

public sealed class PlanReviewTriggerEventConfiguration : IEntityTypeConfiguration<PlanReviewTriggerEvent>
{
    public void Configure(EntityTypeBuilder<PlanReviewTriggerEvent> builder)
    {
        builder.ToTable("plan_review_triggers");
        builder.HasConcurrencyVersion();
        builder.Property(t => t.Note).HasMaxLength(2000);
    }
}
