using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProbationCase.Domain.Letters;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

/// <summary>Letters as given: written once, read back unchanged.</summary>
public sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> builder)
    {
        builder.ToTable("issued_letters");
        builder.HasConcurrencyVersion();
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Content).HasMaxLength(IssuedLetter.MaximumContentLength);
        builder.HasOne<PersonOnProbation>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PersonId, l.IssuedAt });
        builder.HasIndex(l => new { l.Kind, l.SubjectId });
    }
}
