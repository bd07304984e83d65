using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProbationCase.Infrastructure.Persistence.Configurations;

/// <summary>
/// Optimistic concurrency on PostgreSQL's system column xmin: a save that finds the row changed
/// since it was read fails instead of overwriting someone else's edit.
/// </summary>
public static class ConcurrencyVersion
{
    public const string PropertyName = "xmin";

    public static EntityTypeBuilder<T> HasConcurrencyVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<uint>(PropertyName).HasColumnName("xmin").IsRowVersion();
        return builder;
    }
}
