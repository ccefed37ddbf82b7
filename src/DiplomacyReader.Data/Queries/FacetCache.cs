using System.Collections.Concurrent;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// Keeps facet counts per filter until the store changes (<see cref="StoreState"/>). Counting facets reads
/// every matching statement, while a new source is the only thing that changes the counts.
/// </summary>
public sealed class FacetCache
{
    private const int MaxEntries = 512;
    private readonly ConcurrentDictionary<(int LastSourceId, StatementFilter Filter), StatementFacets> _entries = new();

    /// <summary>The facets of the statements <paramref name="filter"/> selects, counted once per state of the store.</summary>
    public async Task<StatementFacets> CountAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        if (await Facets.StoredFacets.ReadAsync(db, filter, cancellationToken) is StatementFacets stored)
        {
            return stored; // kept at import: nothing to count, nothing to cache
        }

        int lastSourceId = await StoreState.LastSourceIdAsync(db, cancellationToken);
        var key = (lastSourceId, filter with { Sort = StatementSort.Newest }); // the order does not change the counts
        if (_entries.TryGetValue(key, out StatementFacets? cached))
        {
            return cached;
        }

        StatementFacets facets = await StatementFacets.CountAsync(db, filter.Apply(db), cancellationToken);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear(); // crude, but bounded: filters are many, the store's states few
        }

        _entries[key] = facets;
        return facets;
    }
}
