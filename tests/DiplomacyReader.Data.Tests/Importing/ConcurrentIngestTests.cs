using DiplomacyReader.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Importing;

/// <summary>Issue 15: two ingests of the same files at once. The loser of each race reports a duplicate, never a failure.</summary>
public sealed class ConcurrentIngestTests
{
    [Fact]
    public async Task Two_ingests_of_the_same_files_at_once_store_each_file_once_and_report_no_failure()
    {
        await using TestStore store = await TestStore.CreateAsync();
        Task<IReadOnlyList<ImportResult>> first = Task.Run(() => store.ImportAsync(RepositoryPaths.Seeds));
        Task<IReadOnlyList<ImportResult>> second = Task.Run(() => store.ImportAsync(RepositoryPaths.Seeds));
        IReadOnlyList<ImportResult>[] runs = await Task.WhenAll(first, second);

        ImportResult[] all = runs.SelectMany(r => r).ToArray();
        Assert.DoesNotContain(all, r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal(5, all.Count(r => r.Outcome == ImportOutcome.Ingested));
        Assert.Equal(5, all.Count(r => r.Outcome == ImportOutcome.Duplicate));
        Assert.Equal(5, await store.QueryAsync(db => db.Sources.CountAsync()));
    }
}
