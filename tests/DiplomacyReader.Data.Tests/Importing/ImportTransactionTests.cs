using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyReader.Data.Tests.Importing;

/// <summary>A source lands whole or not at all: a failure while saving its links leaves no trace of it.</summary>
public sealed class ImportTransactionTests
{
    /// <summary>
    /// Fails the save of the links, which comes after the source and its rows are written (a save of actors
    /// first met in the source, before them, goes through), as a full disk or a lost connection would.
    /// </summary>
    private sealed class FailLinksSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<DiplomacyReader.Data.Entities.Actor>().Any(e => e.State == EntityState.Added)
                ? base.SavingChangesAsync(eventData, result, cancellationToken)
                : throw new DbUpdateException("simulated failure while saving links");
    }

    [Fact]
    public async Task A_failure_after_the_first_save_rolls_the_whole_source_back()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seed("001_08484923193f66f5.txt"));
        string before = await store.SnapshotAsync();

        await using (DiplomacyDbContext db = StoreContextOptions.CreateContext(store.Settings, options => options.AddInterceptors(new FailLinksSave())))
        {
            var importer = new SourceImporter(db, IngestionPipeline.CreateDefault(), new StoredLinker(db), new DiplomacyReader.Data.Stories.StoryGrouper(db), TimeProvider.System, NullLogger<SourceImporter>.Instance);
            byte[] bytes = await File.ReadAllBytesAsync(RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"));
            ImportResult result = await importer.ImportAsync(new SourceInput("000_fb6d619591c2ab4c.txt", bytes, new KnownFacts(Date: new DateOnly(2025, 1, 24))));

            Assert.Equal(ImportOutcome.Failed, result.Outcome);
            Assert.Contains("simulated failure", result.Reason);
        }

        Assert.Equal(before, await store.SnapshotAsync());
    }
}
