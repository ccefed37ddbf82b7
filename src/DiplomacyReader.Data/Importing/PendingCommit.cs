using DiplomacyReader.Data.Facets;

namespace DiplomacyReader.Data.Importing;

/// <summary>What an import transaction writes last, just before it commits: the facet counts of the sources it stored, and their version.</summary>
internal sealed class PendingCommit
{
    public FacetCountDeltas Counts { get; } = new();

    public List<int> SourceIds { get; } = [];

    public async Task SaveAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        await Counts.SaveAsync(db, cancellationToken);
        await StoreVersions.TakeNextAsync(db, SourceIds, cancellationToken); // last: its lock is held until the commit
    }
}
