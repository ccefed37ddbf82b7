using DiplomacyReader.Data.Search;
using DiplomacyReader.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyReader.Data.Storage.Sqlite;

internal sealed class SqliteDialect : StoreDialect
{
    public static readonly SqliteDialect Instance = new();

    private const int ConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE
    private const int ConstraintPrimaryKey = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY

    public override FullTextSearch FullText => SqliteFullTextSearch.Instance;

    public override bool IsUniqueViolation(Exception exception) =>
        exception.GetBaseException() is SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };

    // In process, a prepared statement run once per row costs microseconds: there is no round trip to save.
    public override async Task AddFacetCountsAsync(DiplomacyDbContext db, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """
                INSERT INTO "FacetCounts" ("FilterFacet", "FilterValue", "Facet", "Value", "Label", "Count") VALUES ($ff, $fv, $f, $v, $l, $c)
                ON CONFLICT ("FilterFacet", "FilterValue", "Facet", "Value") DO UPDATE SET "Count" = "FacetCounts"."Count" + excluded."Count", "Label" = excluded."Label"
                """;
            SqliteParameter[] parameters = new[] { "$ff", "$fv", "$f", "$v", "$l", "$c" }.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
            parameters[5].SqliteType = SqliteType.Integer;
            command.Prepare();
            foreach (FacetCount count in counts)
            {
                parameters[0].Value = count.FilterFacet;
                parameters[1].Value = count.FilterValue;
                parameters[2].Value = count.Facet;
                parameters[3].Value = count.Value;
                parameters[4].Value = count.Label;
                parameters[5].Value = count.Count;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // One file has one writer at a time already: each write transaction takes SQLite's own lock, and the
    // seeder writes in one transaction. Nothing more to hold.
    public override Task<IAsyncDisposable> LockStoreAsync(DiplomacyDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
