using DiplomacyReader.Data.Search;

namespace DiplomacyReader.Data.Storage;

/// <summary>
/// What differs between the databases beyond what EF Core hides: how text is searched, how a unique index
/// says no, and how app instances sharing one store take turns at start-up.
/// </summary>
public abstract class StoreDialect
{
    public abstract FullTextSearch FullText { get; }

    /// <summary>Whether <paramref name="exception"/> (or what it wraps) is a unique index refusing a row: another writer got there first.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// Adds <paramref name="counts"/> to <c>FacetCounts</c> (a row's count is added to the count already there),
    /// in the context's current transaction. An import adds a few hundred rows: they go in as one round trip,
    /// not one statement each through the change tracker.
    /// </summary>
    public abstract Task AddFacetCountsAsync(DiplomacyDbContext db, IReadOnlyList<Entities.FacetCount> counts, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a store-wide lock until disposed, so that one app instance at a time migrates the store and loads
    /// the knowledge base and the seed corpus. Uses the context's connection, which stays open while the lock
    /// is held; creates the database first where the lock needs one.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockStoreAsync(DiplomacyDbContext db, CancellationToken cancellationToken);
}
