using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// One INSERT into one table, prepared once and run for every row a source has. Table, columns and the
/// conversion of each value (an enum stored by name, a date) come from the EF Core model, so the rows are the
/// ones EF Core would write, on either provider.
/// </summary>
/// <remarks>
/// Why not SaveChanges: EF Core sends each row as an INSERT statement of its own, and SQLite compiles every one
/// of them afresh (with the search-index trigger it fires); for the dozens of passages and statements of a
/// source that compiling, with the change tracking around it, was half the import.
/// </remarks>
internal sealed class PreparedInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly (string Name, IProperty Property)[] _columns;

    private PreparedInsert(DiplomacyDbContext db, string table, IReadOnlyList<IProperty> columns, bool returnsId)
    {
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        _columns = columns.Select((p, i) => ("p" + i, p)).ToArray();
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows of a source are written inside the transaction that stores the source.");
        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) "
            + $"VALUES ({string.Join(", ", _columns.Select(c => sql.GenerateParameterNamePlaceholder(c.Name)))})"
            + (returnsId ? " RETURNING " + sql.DelimitIdentifier("Id") : "");
    }

    /// <summary>An insert of <typeparamref name="T"/>'s columns (all but its generated id), returning the new row's id.</summary>
    public static PreparedInsert Of<T>(DiplomacyDbContext db)
    {
        IEntityType entity = db.Model.FindEntityType(typeof(T))!;
        return new PreparedInsert(db, entity.GetTableName()!, entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray(), returnsId: true);
    }

    /// <summary>An insert into the join table of a many-to-many navigation: the owner's key, then the target's.</summary>
    public static PreparedInsert OfJoin<T>(DiplomacyDbContext db, string navigation)
    {
        ISkipNavigation skip = db.Model.FindEntityType(typeof(T))!.FindSkipNavigation(navigation)!;
        return new PreparedInsert(db, skip.JoinEntityType.GetTableName()!, [skip.ForeignKey.Properties.Single(), skip.Inverse.ForeignKey.Properties.Single()], returnsId: false);
    }

    /// <summary>Writes an entity's row and returns its new id.</summary>
    public async Task<int> InsertAsync(object entity, CancellationToken cancellationToken)
    {
        Bind(ValuesOf(entity));
        return Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Writes a row of the given values, in column order (a join row: the two keys).</summary>
    public async Task InsertValuesAsync(object owner, object target, CancellationToken cancellationToken)
    {
        Bind([owner, target]);
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the entities' rows and returns their new ids, in order.</summary>
    public async Task<int[]> InsertAllAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        var ids = new int[entities.Count];
        if (!Batched(entities.Count))
        {
            for (int i = 0; i < entities.Count; i++)
            {
                ids[i] = await InsertAsync(entities[i], cancellationToken);
            }

            return ids;
        }

        await using DbBatch batch = Batch(entities.Select(ValuesOf));
        await using DbDataReader reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (int i = 0; i < ids.Length; i++, await reader.NextResultAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            ids[i] = Convert.ToInt32(reader.GetValue(0));
        }

        return ids;
    }

    /// <summary>Writes rows of the given values, in column order (join rows: the two keys).</summary>
    public async Task InsertAllValuesAsync(IReadOnlyList<(object Owner, object Target)> rows, CancellationToken cancellationToken)
    {
        if (!Batched(rows.Count))
        {
            foreach ((object owner, object target) in rows)
            {
                await InsertValuesAsync(owner, target, cancellationToken);
            }

            return;
        }

        await using DbBatch batch = Batch(rows.Select(r => new[] { r.Owner, r.Target }));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    // An entity's values, in column order, as the model reads them (converted when bound).
    private object?[] ValuesOf(object entity) => _columns.Select(c => c.Property.PropertyInfo!.GetValue(entity)).ToArray();

    // Where the provider can send many statements in one round trip (PostgreSQL), a source's rows of one table go
    // together: a row at a time, each waited for, was most of a PostgreSQL import. SQLite runs in the process, so
    // the prepared statement run once a row costs no trip.
    private bool Batched(int rows) => rows > 1 && _command.Connection!.CanCreateBatch;

    private DbBatch Batch(IEnumerable<object?[]> rows)
    {
        DbBatch batch = _command.Connection!.CreateBatch();
        batch.Transaction = _command.Transaction;
        foreach (object?[] values in rows)
        {
            DbBatchCommand command = batch.CreateBatchCommand();
            command.CommandText = _command.CommandText;
            for (int i = 0; i < _columns.Length; i++)
            {
                (string name, IProperty property) = _columns[i];
                command.Parameters.Add(Mapping(property).CreateParameter(_command, name, values[i], property.IsNullable));
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    // The first row creates the parameters through each column's type mapping (its provider type) and
    // prepares the statement; every later row only sets the values, converted as EF Core converts them
    // (enums to names, dates to the provider's form).
    private void Bind(object?[] values)
    {
        if (_command.Parameters.Count == 0)
        {
            for (int i = 0; i < _columns.Length; i++)
            {
                (string name, IProperty property) = _columns[i];
                _command.Parameters.Add(Mapping(property).CreateParameter(_command, name, values[i], property.IsNullable));
            }

            _command.Prepare();
            return;
        }

        for (int i = 0; i < _columns.Length; i++)
        {
            object? value = values[i] is null ? null : Mapping(_columns[i].Property).Converter?.ConvertToProvider(values[i]) ?? values[i];
            _command.Parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private static RelationalTypeMapping Mapping(IProperty property) => (RelationalTypeMapping)property.GetRelationalTypeMapping();

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
