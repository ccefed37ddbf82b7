using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// What names the store's state for the caches that keep things until the store changes (<see cref="FacetCache"/>,
/// the web app's page cache). Sources are added, never edited or removed, and ids are never reused, so the
/// highest source id changes exactly when what the pages show does. Reading it is one primary-key lookup,
/// so several app instances on one database each stay correct without telling each other.
/// </summary>
public static class StoreState
{
    /// <summary>The highest source id stored, 0 for an empty store.</summary>
    public static async Task<int> LastSourceIdAsync(DiplomacyDbContext db, CancellationToken cancellationToken = default) =>
        await db.Sources.MaxAsync(s => (int?)s.Id, cancellationToken) ?? 0;
}
