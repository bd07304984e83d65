using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasConcurrencyVersion();
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Requirement>().WithMany().HasForeignKey(c => c.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ProviderName).HasMaxLength(200);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(8000);
        builder.Property(c => c.OutcomeNotes).HasMaxLength(8000);
        builder.Ignore(c => c.EndsOrAssumedToEndAt);
        builder.Property(c => c.AbsenceRationale).HasMaxLength(4000);
        builder.Ignore(c => c.LondonDate);
        builder.Ignore(c => c.Complied);
        builder.Ignore(c => c.IsEnforceable);

        // The activity log, the RAR ledger and the queues read contacts by person, order or requirement in time order.
        builder.HasIndex(c => new { c.PersonId, c.StartsAt });
        builder.HasIndex(c => new { c.OrderId, c.StartsAt });
        builder.HasIndex(c => new { c.RequirementId, c.StartsAt });
        // "Outcome not recorded" [DOMAIN.md §3]: booked contacts with no outcome, found without scanning the rest.
        builder.HasIndex(c => new { c.PersonId, c.StartsAt }, "ix_contacts_awaiting_outcome").HasFilter("outcome IS NULL");

        builder.HasMany(c => c.Corrections).WithOne().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Corrections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ContactOutcomeCorrectionConfiguration : IEntityTypeConfiguration<ContactOutcomeCorrection>
{
    public void Configure(EntityTypeBuilder<ContactOutcomeCorrection> builder)
    {
        builder.ToTable("contact_outcome_corrections");
        builder.HasConcurrencyVersion();
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.PreviousAbsenceRationale).HasMaxLength(4000);
    }
}
