using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rectify.Features.Demo.Generator;

/// <summary>An entity's table and columns as the EF model maps them, with each column's value as the provider stores it.</summary>
internal sealed class EntityTable
{
    private EntityTable(string name, IReadOnlyList<Column> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }
    public IReadOnlyList<Column> Columns { get; }

    public static EntityTable Of<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(store)!, (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter()))
            .ToList();
        return new EntityTable(name, columns);
    }

    public sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        /// <summary>The value after the model's converter (enums as text, DateTimeOffset as binary on SQLite).</summary>
        public object? Value(object entity)
        {
            var value = Getter.GetClrValue(entity);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
