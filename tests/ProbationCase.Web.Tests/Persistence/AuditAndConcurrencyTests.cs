using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Persistence;

public sealed class AuditAndConcurrencyTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task SaveChanges_ChangedPerson_AuditsBeforeAndAfter()
    {
        var person = TestCase.Person("E123456", "Sam", "Before");
        await InScopeAsync(db => { db.People.Add(person); return db.SaveChangesAsync(); });

        await InScopeAsync(async db =>
        {
            var loaded = await db.People.SingleAsync(p => p.Id == person.Id);
            loaded.Rename("Sam", "After");
            await db.SaveChangesAsync();
        });

        var entries = await InScopeAsync(db => db.AuditEntries.Where(e => e.EntityId == person.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        using var changes = JsonDocument.Parse(entries[1].Changes!);
        var lastName = changes.RootElement.GetProperty("LastName");
        Assert.Equal("Before", lastName.GetProperty("before").GetString());
        Assert.Equal("After", lastName.GetProperty("after").GetString());
        Assert.False(changes.RootElement.TryGetProperty("FirstName", out _));
        Assert.Equal(person.Id, entries[1].PersonId);
    }

    [Fact]
    public async Task AuditTrail_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await InScopeAsync(db => { db.People.Add(TestCase.Person("F123456")); return db.SaveChangesAsync(); });

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            InScopeAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET user_name = 'someone else'")));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_ConcurrentEditOfSamePerson_SecondIsRefusedAndFirstKept()
    {
        var person = TestCase.Person("G123456", "Lee", "Original");
        await InScopeAsync(db => { db.People.Add(person); return db.SaveChangesAsync(); });

        await using var first = Factory.Services.CreateAsyncScope();
        await using var second = Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ProbationCase.Infrastructure.Persistence.ProbationCaseDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ProbationCase.Infrastructure.Persistence.ProbationCaseDbContext>();
        var firstCopy = await firstDb.People.SingleAsync(p => p.Id == person.Id);
        var secondCopy = await secondDb.People.SingleAsync(p => p.Id == person.Id);

        firstCopy.Rename("Lee", "FirstEdit");
        await firstDb.SaveChangesAsync();
        secondCopy.Rename("Lee", "SecondEdit");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        var stored = await InScopeAsync(db => db.People.SingleAsync(p => p.Id == person.Id));
        Assert.Equal("FirstEdit", stored.LastName);
    }
}
