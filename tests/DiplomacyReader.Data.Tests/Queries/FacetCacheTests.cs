using System.Text;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Queries;

public sealed class FacetCacheTests
{
    [Fact]
    public async Task Counts_are_reused_until_a_source_arrives_and_then_counted_again()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        var cache = new FacetCache();
        var filter = new StatementFilter { SpeakerCountry = "JP", From = new DateOnly(2000, 1, 1) }; // a date: not among the counts kept at import

        StatementFacets first = await store.QueryAsync(db => cache.CountAsync(db, filter));
        StatementFacets again = await store.QueryAsync(db => cache.CountAsync(db, filter with { Sort = StatementSort.Oldest }));
        int counted = (await store.QueryAsync(db => StatementFacets.CountAsync(db, filter.Apply(db)))).Total;

        await store.RunAsync<DiplomacyReader.Data.Importing.SourceImporter>(importer => importer.ImportAsync(new SourceInput("new.txt", Encoding.UTF8.GetBytes(
            "TOKYO, Feb. 3, 2025 — Foreign Minister Takeshi Iwaya said on Monday that Japan would \"stand firm\" on maritime security.\n"))));
        StatementFacets after = await store.QueryAsync(db => cache.CountAsync(db, filter));

        Assert.Same(first, again); // the order of the list does not change its counts
        Assert.Equal(counted, first.Total);
        Assert.Equal(first.Total + 1, after.Total);
    }
}
