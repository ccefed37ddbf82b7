using DiplomacyReader.Data.Entities;
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

    // One statement with six arrays: a single round trip for the whole import's counts.
    public override async Task AddFacetCountsAsync(DiplomacyDbContext db, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "FacetCounts" ("FilterFacet", "FilterValue", "Facet", "Value", "Label", "Count")
            SELECT * FROM unnest({counts.Select(c => c.FilterFacet).ToArray()}, {counts.Select(c => c.FilterValue).ToArray()},
                {counts.Select(c => c.Facet).ToArray()}, {counts.Select(c => c.Value).ToArray()},
                {counts.Select(c => c.Label).ToArray()}, {counts.Select(c => c.Count).ToArray()})
            ON CONFLICT ("FilterFacet", "FilterValue", "Facet", "Value") DO UPDATE SET "Count" = "FacetCounts"."Count" + excluded."Count", "Label" = excluded."Label"
            """, cancellationToken);

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
