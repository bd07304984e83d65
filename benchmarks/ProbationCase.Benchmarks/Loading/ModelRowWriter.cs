using System.Collections;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ProbationCase.Benchmarks.Loading;

/// <summary>
/// Writes aggregates as rows by PostgreSQL binary COPY, working out every table, column and value from the
/// EF model the app itself uses: table and column names, property getters (through complex types), value
/// converters, TPH discriminators, JSON columns, and foreign keys held only in the model (shadow properties,
/// filled from the parent the row was reached from). Children are found through the model's navigations, so
/// a column or a child table another engineer adds is written without a change here. A shadow property the
/// writer cannot fill stops it at start-up rather than writing a wrong value.
/// </summary>
public sealed partial class ModelRowWriter
{
    private readonly IModel _model;
    private readonly Dictionary<Type, EntityShape> _shapes = [];
    private readonly Dictionary<string, TableShape> _tables = new(StringComparer.Ordinal);

    public ModelRowWriter(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var relational = model.GetRelationalModel();
        foreach (var entityType in model.GetEntityTypes().Where(type => type.GetTableName() is not null && !type.IsOwned()))
        {
            var tableName = entityType.GetTableName()!;
            var schema = entityType.GetSchema();
            var table = relational.FindTable(tableName, schema)!;
            if (!_tables.TryGetValue(table.SchemaQualifiedName, out var tableShape))
            {
                tableShape = new TableShape(table);
                _tables.Add(table.SchemaQualifiedName, tableShape);
            }

            if (!entityType.ClrType.IsAbstract && entityType.ClrType != typeof(Dictionary<string, object>))
            {
                _shapes[entityType.ClrType] = new EntityShape(entityType, tableShape, StoreObjectIdentifier.Table(tableName, schema));
            }
        }
    }

    /// <summary>The tables the model maps, for reports and for the load's index handling.</summary>
    public IEnumerable<string> TableNames => _tables.Values.Select(table => table.Name);

    /// <summary>A new, empty set of rows to fill from aggregates and then copy.</summary>
    public RowSet NewRowSet() => new(this);

    private EntityShape ShapeOf(object entity) =>
        _shapes.TryGetValue(entity.GetType(), out var shape)
            ? shape
            : throw new InvalidOperationException($"{entity.GetType().Name} is not an entity type of the model.");

    /// <summary>Rows gathered from whole aggregates (root and every child reachable by navigation), per table.</summary>
    public sealed class RowSet(ModelRowWriter writer)
    {
        private readonly Dictionary<TableShape, List<(EntityShape Shape, object Entity, object? Parent)>> _rows = [];

        public long RowCount { get; private set; }

        /// <summary>Adds an aggregate root and, through the model's navigations, everything it owns.</summary>
        public void Add(object root, object? parent = null)
        {
            ArgumentNullException.ThrowIfNull(root);
            var shape = writer.ShapeOf(root);
            if (!_rows.TryGetValue(shape.Table, out var rows))
            {
                rows = [];
                _rows.Add(shape.Table, rows);
            }

            rows.Add((shape, root, parent));
            RowCount++;
            foreach (var navigation in shape.Children)
            {
                switch (navigation.GetGetter().GetClrValue(root))
                {
                    case null:
                        break;
                    case IEnumerable children:
                        foreach (var child in children)
                        {
                            Add(child, root);
                        }

                        break;
                    case var child:
                        Add(child, root);
                        break;
                }
            }
        }

        public void AddRange(IEnumerable<object> roots)
        {
            ArgumentNullException.ThrowIfNull(roots);
            foreach (var root in roots)
            {
                Add(root);
            }
        }

        /// <summary>Reads every value as the copy would, without a database (for profiling).</summary>
        public long CountValues()
        {
            long values = 0;
            foreach (var (_, rows) in _rows)
            {
                foreach (var (shape, entity, parent) in rows)
                {
                    foreach (var column in shape.Columns)
                    {
                        values += column.Value(entity, parent) is null ? 0 : 1;
                    }
                }
            }

            return values;
        }

        /// <summary>Counts per table name, for progress.</summary>
        public IEnumerable<(string Table, int Rows)> Counts => _rows.Select(pair => (pair.Key.Name, pair.Value.Count));

        /// <summary>One binary COPY per table on the given connection.</summary>
        public async Task CopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            foreach (var (table, rows) in _rows)
            {
                await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken);
                foreach (var (shape, entity, parent) in rows)
                {
                    importer.StartRow();
                    foreach (var column in shape.Columns)
                    {
                        var value = column.Value(entity, parent);
                        if (value is null)
                        {
                            importer.WriteNull();
                        }
                        else
                        {
                            column.Write(importer, value);
                        }
                    }
                }

                await importer.CompleteAsync(cancellationToken);
            }
        }
    }

    private sealed class TableShape
    {
        public TableShape(ITable table)
        {
            Name = table.Name;
            // xmin is PostgreSQL's system column (the concurrency version): never written.
            Columns = table.Columns.Where(column => column.Name != "xmin").OrderBy(column => column.Name, StringComparer.Ordinal).ToList();
            CopyCommand = $"COPY {Quote(table.Schema)}{Quote(table.Name, last: true)} ({string.Join(", ", Columns.Select(column => Quote(column.Name, last: true)))}) FROM STDIN (FORMAT BINARY)";
        }

        public string Name { get; }

        public IReadOnlyList<IColumn> Columns { get; }

        public string CopyCommand { get; }

        private static string Quote(string? name, bool last = false) =>
            name is null ? string.Empty : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (last ? string.Empty : ".");
    }

    /// <summary>How one column's value comes out of an entity, and how it is written.</summary>
    private sealed record ColumnValue(Func<object, object?, object?> Value, Action<NpgsqlBinaryImporter, object> Write);

    private sealed class EntityShape
    {
        public EntityShape(IEntityType entityType, TableShape table, StoreObjectIdentifier storeObject)
        {
            Table = table;
            Children = entityType.GetNavigations().Where(navigation => !navigation.IsOnDependent && navigation.TargetEntityType.GetTableName() is not null).ToList();
            var byColumn = new Dictionary<string, ColumnValue>(StringComparer.Ordinal);
            AddProperties(entityType, entityType.GetProperties(), [], storeObject, byColumn);
            AddComplexProperties(entityType, entityType.GetComplexProperties(), [], storeObject, byColumn);
            Columns = table.Columns.Select(column => byColumn.TryGetValue(column.Name, out var value) ? value : Null(column)).ToList();
        }

        public TableShape Table { get; }

        public IReadOnlyList<INavigation> Children { get; }

        public IReadOnlyList<ColumnValue> Columns { get; }

        private static ColumnValue Null(IColumn column) =>
            column.IsNullable
                ? new ColumnValue((_, _) => null, (_, _) => { })
                : throw new InvalidOperationException($"Column {column.Table.Name}.{column.Name} is NOT NULL but this entity type has no value for it.");

        private static void AddProperties(IEntityType entityType, IEnumerable<IProperty> properties, IReadOnlyList<IComplexProperty> path, StoreObjectIdentifier storeObject, Dictionary<string, ColumnValue> byColumn)
        {
            foreach (var property in properties)
            {
                var column = property.GetColumnName(storeObject);
                if (column is null || column == "xmin")
                {
                    continue;
                }

                var converter = property.GetTypeMapping().Converter;
                var providerType = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
                var storeType = BaseStoreType(property.GetColumnType(storeObject) ?? property.GetRelationalTypeMapping().StoreType);
                var read = Reader(entityType, property, path);
                Func<object, object?, object?> value = converter is null
                    ? read
                    : (entity, parent) => read(entity, parent) is { } raw ? converter.ConvertToProvider(raw) : null;
                byColumn[column] = new ColumnValue(value, Writer(providerType, storeType));
            }
        }

        private static void AddComplexProperties(IEntityType entityType, IEnumerable<IComplexProperty> complexProperties, IReadOnlyList<IComplexProperty> path, StoreObjectIdentifier storeObject, Dictionary<string, ColumnValue> byColumn)
        {
            foreach (var complex in complexProperties)
            {
                var inner = path.Append(complex).ToList();
                if (complex.ComplexType.GetContainerColumnName() is { } container)
                {
                    var read = ComplexReader(inner);
                    byColumn[container] = new ColumnValue((entity, _) => read(entity) is { } value ? Json(complex.ComplexType, value) : null, Writer(typeof(string), "jsonb"));
                    continue;
                }

                AddProperties(entityType, complex.ComplexType.GetProperties(), inner, storeObject, byColumn);
                AddComplexProperties(entityType, complex.ComplexType.GetComplexProperties(), inner, storeObject, byColumn);
            }
        }

        private static Func<object, object?, object?> Reader(IEntityType entityType, IProperty property, IReadOnlyList<IComplexProperty> path)
        {
            if (!property.IsShadowProperty())
            {
                var getter = property.GetGetter();
                if (path.Count == 0)
                {
                    return (entity, _) => getter.GetClrValue(entity);
                }

                var container = ComplexReader(path);
                return (entity, _) => container(entity) is { } instance ? getter.GetClrValue(instance) : null;
            }

            if (entityType.FindDiscriminatorProperty() == property)
            {
                var discriminator = entityType.GetDiscriminatorValue();
                return (_, _) => discriminator;
            }

            if (property.GetContainingForeignKeys().FirstOrDefault() is { } foreignKey)
            {
                // A key held only in the model: the parent the row was reached from supplies it.
                var index = foreignKey.Properties.ToList().IndexOf(property);
                var principalGetter = foreignKey.PrincipalKey.Properties[index].GetGetter();
                var principalType = foreignKey.PrincipalEntityType.ClrType;
                return (_, parent) => parent is not null && principalType.IsInstanceOfType(parent) ? principalGetter.GetClrValue(parent) : null;
            }

            if (property.IsNullable)
            {
                return (_, _) => null;
            }

            throw new InvalidOperationException($"{entityType.DisplayName()}.{property.Name} is a shadow property the row writer cannot fill; say how in ModelRowWriter.");
        }

        private static Func<object, object?> ComplexReader(IReadOnlyList<IComplexProperty> path)
        {
            var getters = path.Select(complex => complex.GetGetter()).ToList();
            return entity =>
            {
                object? current = entity;
                foreach (var getter in getters)
                {
                    if (current is null)
                    {
                        return null;
                    }

                    current = getter.GetClrValue(current);
                }

                return current;
            };
        }

        /// <summary>A complex value as EF stores it in a JSON column: its properties by their JSON names, converted.</summary>
        private static string Json(IComplexType type, object value)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                WriteJsonObject(json, type, value);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteJsonObject(Utf8JsonWriter json, IComplexType type, object value)
        {
            json.WriteStartObject();
            foreach (var property in type.GetProperties())
            {
                var raw = property.GetGetter().GetClrValue(value);
                var converter = property.GetTypeMapping().Converter;
                json.WritePropertyName(property.GetJsonPropertyName() ?? property.Name);
                JsonSerializer.Serialize(json, raw is null ? null : converter is null ? raw : converter.ConvertToProvider(raw));
            }

            foreach (var complex in type.GetComplexProperties())
            {
                json.WritePropertyName(complex.ComplexType.GetJsonPropertyName() ?? complex.Name);
                if (complex.GetGetter().GetClrValue(value) is { } inner)
                {
                    WriteJsonObject(json, complex.ComplexType, inner);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndObject();
        }

        /// <summary>
        /// importer.Write&lt;T&gt;(value), typed once per column. Binary COPY sends no type per value, and the
        /// provider type's binary form is the column's (text for varchar, int4 for integer...), so only types
        /// whose binary form differs from their CLR type's default (jsonb) are named.
        /// </summary>
        private static Action<NpgsqlBinaryImporter, object> Writer(Type providerType, string storeType)
        {
            var importer = Expression.Parameter(typeof(NpgsqlBinaryImporter));
            var value = Expression.Parameter(typeof(object));
            var named = storeType is "jsonb" or "json";
            var write = typeof(NpgsqlBinaryImporter).GetMethods()
                .Single(method => method.Name == nameof(NpgsqlBinaryImporter.Write) && method.IsGenericMethod
                    && (named
                        ? method.GetParameters() is [_, { ParameterType: var second }] && second == typeof(string)
                        : method.GetParameters().Length == 1))
                .MakeGenericMethod(providerType);
            Expression[] arguments = named
                ? [Expression.Convert(value, providerType), Expression.Constant(storeType)]
                : [Expression.Convert(value, providerType)];
            return Expression.Lambda<Action<NpgsqlBinaryImporter, object>>(Expression.Call(importer, write, arguments), importer, value).Compile();
        }

        /// <summary>"character varying(100)" is written as "character varying": Npgsql takes the type, not its facets.</summary>
        private static string BaseStoreType(string storeType) => Facets().Replace(storeType, string.Empty).Trim();
    }

    [GeneratedRegex(@"\(\s*\d+(\s*,\s*\d+)?\s*\)")]
    private static partial Regex Facets();
}
