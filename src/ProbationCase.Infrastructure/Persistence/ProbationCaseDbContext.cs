using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Infrastructure.Persistence;

public sealed partial class ProbationCaseDbContext(DbContextOptions<ProbationCaseDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shared so several app instances can read each other's sign-in cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ProbationCaseDbContext).Assembly);

        // The domain gives every entity its id when it is created, so EF must never treat a
        // non-empty key as "already saved": a child added to a loaded aggregate is an insert.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Domain.Entity).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            builder.Entity(entity.ClrType).Property(nameof(Domain.Entity.Id)).ValueGeneratedNever();
        }
    }
}
