using DiplomacyReader.Data.Search;
using Microsoft.Data.Sqlite;

namespace DiplomacyReader.Data.Storage.Sqlite;

internal sealed class SqliteDialect : StoreDialect
{
    public static readonly SqliteDialect Instance = new();

    private const int ConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE
    private const int ConstraintPrimaryKey = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY

    public override FullTextSearch FullText => SqliteFullTextSearch.Instance;

    public override bool IsUniqueViolation(Exception exception) =>
        exception.GetBaseException() is SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };

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
