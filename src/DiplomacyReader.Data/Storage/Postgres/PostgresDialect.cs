using DiplomacyReader.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DiplomacyReader.Data.Storage.Postgres;

internal sealed class PostgresDialect : StoreDialect
{
    public static readonly PostgresDialect Instance = new();

    // Any fixed number names the lock; this one spells "DiplRead" in ASCII.
    private const long StoreLockKey = 0x4469706C52656164;

    public override FullTextSearch FullText => PostgresFullTextSearch.Instance;

    public override bool IsUniqueViolation(Exception exception) =>
        exception.GetBaseException() is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task<IAsyncDisposable> LockStoreAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        // The lock lives in the database, so the database must exist first; two instances may both find it
        // missing, and the one that loses the race to create it goes on.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StoreLockKey})", cancellationToken);
        return new AdvisoryLock(db);
    }

    // A session-level advisory lock: released explicitly, or by the server when the connection ends.
    private sealed class AdvisoryLock(DiplomacyDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StoreLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
