using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Forms;

/// <summary>
/// The longest text each stored field takes, read from the EF model (the <c>HasMaxLength</c> in
/// Persistence/Configurations), so a form's limit is stated once: where the column is.
/// </summary>
public static class FieldLimits
{
    // The model needs no connection: it is built once from the same configuration the app uses.
    private static readonly Lazy<IModel> Model = new(() =>
    {
        var options = new DbContextOptionsBuilder<ProbationCaseDbContext>();
        ProbationCaseDatabase.Configure(options, "Host=model-only");
        using var db = new ProbationCaseDbContext(options.Options);
        return db.Model;
    });

    private static readonly ConcurrentDictionary<(Type, string), int> Limits = new();

    /// <summary>The maximum length of <paramref name="property"/> on <paramref name="entity"/> (owned types included).</summary>
    public static int Of(Type entity, string property) => Limits.GetOrAdd((entity, property), key =>
    {
        var (type, name) = key;
        // Entity types, and complex types mapped inside them (the report's assessment).
        var found = Model.Value.GetEntityTypes()
            .SelectMany(e => e.GetComplexProperties().Select(c => (ITypeBase)c.ComplexType).Prepend(e))
            .Where(t => t.ClrType == type)
            .Select(t => t.FindProperty(name)?.GetMaxLength())
            .FirstOrDefault(length => length is not null);
        return found ?? throw new InvalidOperationException($"{type.Name}.{name} has no maximum length in the EF model.");
    });

    public static int Of<TEntity>(string property) => Of(typeof(TEntity), property);
}

/// <summary>
/// Marks a form field whose text is stored in <typeparamref name="TEntity"/>.<see cref="Property"/>: the
/// input filter refuses longer text with a GOV.UK error before anything reaches the database.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxLengthOfAttribute<TEntity>(string property) : Attribute, IStoredTextLimit
{
    public string Property { get; } = property;

    /// <summary>What the error message calls the field ("Notes must be 8,000 characters or fewer").</summary>
    public string? Label { get; init; }

    public int MaxLength => FieldLimits.Of<TEntity>(Property);
}

/// <summary>A stated maximum length for a form field, read by <see cref="FormInputFilter"/>.</summary>
public interface IStoredTextLimit
{
    string? Label { get; }

    int MaxLength { get; }
}

/// <summary>A maximum length for text that is not stored (a search box), stated on the field.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextLimitAttribute(int maxLength) : Attribute, IStoredTextLimit
{
    public string? Label { get; init; }

    public int MaxLength { get; } = maxLength;
}
