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

    [Fact]
    public async Task Readers_asking_together_get_the_same_counts_and_the_first_leaving_does_not_break_the_others()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        FacetCache cache = null!;
        await store.RunAsync<FacetCache>(shared => { cache = shared; return Task.CompletedTask; }); // the app's, with its scopes
        var filter = new StatementFilter { SpeakerCountry = "JP", SourceKind = SourceKind.Press, From = new DateOnly(2000, 1, 1) };
        int counted = (await store.QueryAsync(db => StatementFacets.CountAsync(db, filter.Apply(db)))).Total;

        using var leaving = new CancellationTokenSource();
        Task<StatementFacets> first = store.QueryAsync(db => cache.CountAsync(db, filter, leaving.Token));
        Task<StatementFacets[]> others = Task.WhenAll(Enumerable.Range(0, 7).Select(_ => store.QueryAsync(db => cache.CountAsync(db, filter))));
        leaving.Cancel(); // the first reader closes the tab: its scope, and its context, end

        StatementFacets[] counts = await others;
        Assert.All(counts, c => Assert.Same(counts[0], c));
        Assert.Equal(counted, counts[0].Total);
        Exception? left = await Record.ExceptionAsync(() => first);
        Assert.True(left is null or OperationCanceledException, left?.ToString()); // it got the counts or stopped waiting; nothing broke
    }
}
