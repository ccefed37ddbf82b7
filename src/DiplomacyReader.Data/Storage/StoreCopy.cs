using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DiplomacyReader.Data.Storage;

/// <summary>
/// Copies every row of a SQLite store into an empty PostgreSQL store: how a newsroom that outgrows one file
/// moves its archive to a server without reading its documents again. Tables go in foreign-key order, each
/// through PostgreSQL's binary COPY, all in one transaction, so a copy that fails leaves the target as empty
/// as it found it; the SQLite file is only read.
/// </summary>
/// <remarks>
/// Both stores have the same EF Core model, so the tables and columns are the same; only how a value is kept
/// differs (a date as text in SQLite, an enum by name, a list as JSON). Each value goes from SQLite's form to
/// the model's through the source's type mapping, then to PostgreSQL's through the target's.
/// </remarks>
public static class StoreCopy
{
    /// <summary>One table copied: its name, how many rows, how long it took.</summary>
    public sealed record TableCopied(string Table, long Rows, TimeSpan Elapsed);

    /// <summary>Copies <paramref name="from"/> (SQLite, read only) into <paramref name="to"/> (PostgreSQL, migrated here, and empty); reports each table as it ends.</summary>
    public static async Task CopyAsync(DiplomacyDbContext from, DiplomacyDbContext to, Action<TableCopied>? copied, CancellationToken cancellationToken)
    {
        if (!from.Database.IsSqlite() || !to.Database.IsNpgsql())
        {
            throw new StoreCopyException("a store is copied from a SQLite file to a PostgreSQL database");
        }

        if ((await from.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new StoreCopyException("the SQLite store is older than this version: open it once with the app or 'ingest' to bring it up to date, then copy it");
        }

        // A table of millions of rows takes minutes to write and index: no statement of the copy is timed out (cancel it instead).
        to.Database.SetCommandTimeout(0);
        await using IAsyncDisposable storeLock = await to.Dialect.LockStoreAsync(to, cancellationToken);
        await to.Database.MigrateAsync(cancellationToken);
        IReadOnlyList<IEntityType> tables = InForeignKeyOrder(to.Model);
        foreach (IEntityType table in tables)
        {
            if (await HasRowsAsync(to, table, cancellationToken))
            {
                throw new StoreCopyException($"the PostgreSQL store already holds rows of {table.GetTableName()}: copy into an empty database");
            }
        }

        await from.Database.OpenConnectionAsync(cancellationToken);
        await using (IDbContextTransaction transaction = await to.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (IEntityType table in tables)
            {
                var clock = Stopwatch.StartNew();
                long rows = await CopyTableAsync(from, to, table, cancellationToken);
                await ContinueIdsAsync(to, table, cancellationToken);
                copied?.Invoke(new TableCopied(table.GetTableName()!, rows, clock.Elapsed));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // The planner's statistics, which a COPY does not gather: without them the first pages plan blind.
        await to.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }

    // Principal tables before the tables that point at them.
    private static List<IEntityType> InForeignKeyOrder(IModel model)
    {
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        void Place(IEntityType table)
        {
            if (!placed.Add(table))
            {
                return;
            }

            foreach (IForeignKey key in table.GetForeignKeys().Where(k => k.PrincipalEntityType != table))
            {
                Place(key.PrincipalEntityType);
            }

            ordered.Add(table);
        }

        foreach (IEntityType table in model.GetEntityTypes().Where(t => t.GetTableName() is not null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            Place(table);
        }

        return ordered;
    }

    private static async Task<bool> HasRowsAsync(DiplomacyDbContext db, IEntityType table, CancellationToken cancellationToken)
    {
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {Quoted(table.GetTableName()!)})";
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> CopyTableAsync(DiplomacyDbContext from, DiplomacyDbContext to, IEntityType target, CancellationToken cancellationToken)
    {
        IEntityType source = from.Model.FindEntityType(target.Name)
            ?? throw new StoreCopyException($"the SQLite store has no table for {target.GetTableName()}");
        Column[] columns = target.GetProperties().Select(p => Column.Of(
            source.FindProperty(p.Name) ?? throw new StoreCopyException($"the SQLite store has no column {p.GetColumnName()} in {target.GetTableName()}"), p)).ToArray();
        string names = string.Join(", ", columns.Select(c => Quoted(c.Name)));
        string key = string.Join(", ", target.FindPrimaryKey()!.Properties.Select(p => Quoted(p.GetColumnName())));

        await using DbCommand read = from.Database.GetDbConnection().CreateCommand();
        read.CommandText = $"SELECT {names} FROM {Quoted(target.GetTableName()!)} ORDER BY {key}";
        await using DbDataReader reader = await read.ExecuteReaderAsync(cancellationToken);
        var connection = (NpgsqlConnection)to.Database.GetDbConnection();
        await using NpgsqlBinaryImporter writer = await connection.BeginBinaryImportAsync(
            $"COPY {Quoted(target.GetTableName()!)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        writer.Timeout = TimeSpan.Zero; // none: the server indexes as it reads
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (int i = 0; i < columns.Length; i++)
            {
                if (columns[i].Read(reader, i) is object value)
                {
                    await writer.WriteAsync(value, columns[i].StoreType, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }

            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    // Rows keep their ids (every link and join row names them), so a table's generated ids go on after the highest copied.
    private static async Task ContinueIdsAsync(DiplomacyDbContext to, IEntityType table, CancellationToken cancellationToken)
    {
        if (table.FindPrimaryKey()!.Properties is not [IProperty id] || id.ValueGenerated != ValueGenerated.OnAdd || id.ClrType != typeof(int))
        {
            return;
        }

        // Names from the model, not from input.
        string name = Quoted(table.GetTableName()!), column = Quoted(id.GetColumnName());
        string continueAfterHighest = $"SELECT setval(pg_get_serial_sequence('{name}', '{id.GetColumnName()}'), COALESCE((SELECT MAX({column}) FROM {name}), 0) + 1, false)";
        await to.Database.ExecuteSqlRawAsync(continueAfterHighest, cancellationToken);
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    // A column as both stores keep it: read in SQLite's form, written in PostgreSQL's.
    private sealed record Column(string Name, string StoreType, Func<DbDataReader, int, object?> Read)
    {
        public static Column Of(IProperty source, IProperty target)
        {
            var sourceMapping = (RelationalTypeMapping)source.GetRelationalTypeMapping();
            var targetMapping = (RelationalTypeMapping)target.GetRelationalTypeMapping();
            Type stored = sourceMapping.Converter?.ProviderClrType ?? sourceMapping.ClrType;
            Func<DbDataReader, int, object> readStored = ReaderOf(Nullable.GetUnderlyingType(stored) ?? stored);
            return new Column(target.GetColumnName(), targetMapping.StoreTypeNameBase, (reader, ordinal) =>
            {
                if (reader.IsDBNull(ordinal))
                {
                    return null;
                }

                object stored = readStored(reader, ordinal);
                object model = sourceMapping.Converter?.ConvertFromProvider(stored) ?? stored;
                return targetMapping.Converter?.ConvertToProvider(model) ?? model;
            });
        }

        private static Func<DbDataReader, int, object> ReaderOf(Type type)
        {
            var typed = typeof(Column).GetMethod(nameof(ReadAs), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type);
            return typed.CreateDelegate<Func<DbDataReader, int, object>>();
        }

        private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
    }
}

/// <summary>A store that cannot be copied as asked; the message says why, and nothing was written.</summary>
public sealed class StoreCopyException(string message) : Exception(message);
