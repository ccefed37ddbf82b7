using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Knowledge;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyReader.Data;

/// <summary>
/// Brings a store up to date at start-up: migrations, the knowledge base, and the seed corpus into an empty
/// store. Several app instances may start together on one PostgreSQL store: the store lock lets one at a
/// time migrate, load the knowledge base and find the store empty, so the seeds are stored once.
/// </summary>
public sealed class DatabaseInitializer(DiplomacyDbContext db, KnowledgeBaseSeeder seeder, KnowledgeBase knowledgeBase, SourceImporter importer, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(string? seedFolder, CancellationToken cancellationToken = default)
    {
        await using IAsyncDisposable storeLock = await db.Dialect.LockStoreAsync(db, cancellationToken);
        await MigrateAsync(cancellationToken);
        await seeder.SeedAsync(knowledgeBase, cancellationToken);
        if (await Facets.FacetCountRebuild.IsNeededAsync(db, cancellationToken))
        {
            logger.LogInformation("Counting the facets of the statements already stored (once, for a store counted before this version)");
            await Facets.FacetCountRebuild.RebuildAsync(db, cancellationToken); // marks the counts current
        }
        else
        {
            await Facets.FacetCountRebuild.MarkCurrentAsync(db, cancellationToken); // an empty store counts under the current scheme from its first import
        }

        if (seedFolder is null || await db.Sources.AnyAsync(cancellationToken))
        {
            return;
        }

        if (!Directory.Exists(seedFolder))
        {
            logger.LogWarning("The store is empty and the seed folder {Folder} does not exist", seedFolder);
            return;
        }

        foreach (ImportResult result in await importer.ImportAllAsync(InputFile.Collect([seedFolder]), cancellationToken))
        {
            logger.LogInformation("Seed corpus: {Result}", result.ToString());
        }
    }

    // A migration may rewrite every row of a large store (a new column, an index over millions of rows): minutes,
    // which the command timeout kept for pages (30 s) would cut off halfway, at every start. Cancelling stops it.
    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        logger.LogInformation("Bringing the store up to date (a large store may take minutes)");
        int? timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
