using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// What names the store's state for the caches that keep things until the store changes (<see cref="FacetCache"/>,
/// the statement index, the web app's page cache): the store's version (<see cref="Entities.StoreVersion"/>),
/// which every import's commit counts up, in commit order. Sources are added, never edited or removed, so the
/// version changes exactly when what the pages show does. Reading it is one primary-key lookup, so several app
/// instances on one database each stay correct without telling each other.
/// </summary>
public static class StoreState
{
    /// <summary>The store's version: 0 before the first import.</summary>
    public static async Task<long> VersionAsync(DiplomacyDbContext db, CancellationToken cancellationToken = default) =>
        await db.StoreVersions.MaxAsync(v => (long?)v.Number, cancellationToken) ?? 0;
}
