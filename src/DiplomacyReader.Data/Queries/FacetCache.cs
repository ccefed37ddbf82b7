using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// Keeps facet counts per filter until the store changes (<see cref="StoreState"/>). Counting facets reads
/// every matching statement, while a new source is the only thing that changes the counts. Requests that
/// ask for the same counts while they are being counted wait for that one count: 32 readers arriving
/// together at a combined filter cost one count, not 32 counts sharing two cores.
/// </summary>
/// <param name="scopes">Where the shared count gets a context of its own, so that the first asker leaving
/// (a closed tab) does not end the count the others wait for. Without it (one caller at a time, as in the
/// CLI) the caller's context counts.</param>
/// <param name="index">Counts every filter from memory (words through the search index's ids); the database counts while it loads.</param>
public sealed class FacetCache(IServiceScopeFactory? scopes = null, Columns.StatementIndex? index = null)
{
    private readonly SharedOnce<(long StoreVersion, StatementFilter Filter), StatementFacets> _counts = new(maxEntries: 512, scopes); // filters are many, the store's states few

    /// <summary>The facets of the statements <paramref name="filter"/> selects, counted once per state of the store.</summary>
    public async Task<StatementFacets> CountAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        if (await Facets.StoredFacets.ReadAsync(db, filter, cancellationToken) is StatementFacets stored)
        {
            return stored; // kept at import: nothing to count, nothing to cache
        }

        long version = await StoreState.VersionAsync(db, cancellationToken);
        StatementFilter counted = filter with { Sort = StatementSort.Newest }; // the order does not change the counts
        return await _counts.GetAsync((version, counted), db, context => CountWithAsync(context, counted), cancellationToken);
    }

    private async Task<StatementFacets> CountWithAsync(DiplomacyDbContext db, StatementFilter filter)
    {
        return (index is null ? null : await index.CountAsync(db, filter))
            ?? await StatementFacets.CountAsync(db, filter.Apply(db));
    }
}
