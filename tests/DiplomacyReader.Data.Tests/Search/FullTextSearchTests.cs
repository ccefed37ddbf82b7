using System.Text;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Search;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Search;

/// <summary>Search behaves the same on each provider (the run's provider: <see cref="TestDatabase"/>): stems, phrases, prefixes, unspaced scripts, hostile input.</summary>
public sealed class FullTextSearchTests
{
    private const string Japanese = "東京、2025年2月3日 — 岩屋外務大臣は3日、尖閣諸島周辺の海域について「毅然と対応する」と述べた。\n\n中国海警局の船が領海に侵入した。\n";

    [Fact]
    public async Task Stems_phrases_and_prefixes_find_the_passages_that_hold_them()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);

        IReadOnlyList<PassageHit> stemmed = await PassagesAsync(store, "alliances");
        IReadOnlyList<PassageHit> phrase = await PassagesAsync(store, "\"constructive and stable\"");
        IReadOnlyList<PassageHit> prefix = await PassagesAsync(store, "linchp*");

        Assert.NotEmpty(stemmed);
        Assert.All(stemmed, hit => Assert.Contains("allian", Marked(hit.Snippet), StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(phrase);
        Assert.All(phrase, hit => Assert.Contains("constructive and stable", Plain(hit.Snippet), StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(prefix);
        Assert.All(prefix, hit => Assert.StartsWith("linchpin", Marked(hit.Snippet), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_word_of_an_unspaced_script_is_found_inside_longer_runs()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seed("001_08484923193f66f5.txt"));
        await store.RunAsync<SourceImporter>(importer => importer.ImportAsync(new SourceInput("senkaku.txt", Encoding.UTF8.GetBytes(Japanese))));

        IReadOnlyList<PassageHit> hits = await PassagesAsync(store, "尖閣");
        IReadOnlyList<PassageHit> both = await PassagesAsync(store, "尖閣 海域");
        IReadOnlyList<PassageHit> none = await PassagesAsync(store, "尖閣 領海"); // in different passages

        PassageHit hit = Assert.Single(hits);
        Assert.Equal("尖閣", Marked(hit.Snippet));
        Assert.Single(both);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) AND OR NOT *")]
    [InlineData("alliance:* & !japan | 'x'")]
    [InlineData("'; DROP TABLE \"Sources\"; --")]
    public async Task Search_syntax_in_the_input_is_only_words(string input)
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);

        if (SearchQuery.Parse(input) is SearchQuery query)
        {
            await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(), 0, 50, CancellationToken.None));
            await store.QueryAsync(db => SearchResults.StatementsAsync(db, query, new SearchFilter(), 0, 50, CancellationToken.None));
        }

        Assert.Equal(5, await store.QueryAsync(db => Task.FromResult(db.Sources.Count())));
    }

    [Fact]
    public async Task OR_finds_what_holds_either_alternative_and_each_hit_once()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);

        HitPage<StatementHit> iwaya = await StatementsAsync(store, "Iwaya");
        HitPage<StatementHit> ishiba = await StatementsAsync(store, "Ishiba");
        HitPage<StatementHit> either = await StatementsAsync(store, "Iwaya OR Ishiba");
        HitPage<StatementHit> both = await StatementsAsync(store, "Iwaya Ishiba");
        HitPage<StatementHit> lowerCaseOr = await StatementsAsync(store, "Iwaya or Ishiba");

        Assert.True(iwaya.Total > 0 && ishiba.Total > 0);
        Assert.Equal(iwaya.Total + ishiba.Total - both.Total, either.Total);
        Assert.Equal(either.Hits.Count, either.Hits.Select(h => h.Id).Distinct().Count());
        Assert.True(lowerCaseOr.Total <= both.Total); // "or" is a word there, not an alternative
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap_and_filters_narrow()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        SearchQuery query = SearchQuery.Parse("Japan")!;

        HitPage<PassageHit> all = await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(), 0, 1000, CancellationToken.None));
        HitPage<PassageHit> first = await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(), 0, 5, CancellationToken.None));
        HitPage<PassageHit> second = await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(), 5, 5, CancellationToken.None));
        HitPage<PassageHit> transcripts = await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(SourceKind: SourceKind.Transcript), 0, 1000, CancellationToken.None));
        HitPage<PassageHit> later = await store.QueryAsync(db => SearchResults.PassagesAsync(db, query, new SearchFilter(From: new DateOnly(2025, 1, 22)), 0, 1000, CancellationToken.None));

        Assert.True(all.Total > 10);
        Assert.Equal(all.Total, all.Hits.Count);
        Assert.Equal(all.Hits.Take(10).Select(h => h.Id), first.Hits.Concat(second.Hits).Select(h => h.Id));
        Assert.NotEmpty(transcripts.Hits);
        Assert.All(transcripts.Hits, h => Assert.Equal(SourceKind.Transcript, h.Source.Kind));
        Assert.True(transcripts.Total < all.Total);
        Assert.All(later.Hits, h => Assert.True(h.Source.Date >= new DateOnly(2025, 1, 22)));
        Assert.True(later.Total < all.Total);
    }

    [Fact]
    public async Task A_name_in_japanese_or_english_names_the_known_actor()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seed("001_08484923193f66f5.txt"));

        IReadOnlyList<NamedActor> japanese = await store.QueryAsync(db => NamedActors.InAsync(db, "岩屋毅", CancellationToken.None));
        IReadOnlyList<NamedActor> inRunningText = await store.QueryAsync(db => NamedActors.InAsync(db, "岩屋毅外務大臣", CancellationToken.None));
        IReadOnlyList<NamedActor> english = await store.QueryAsync(db => NamedActors.InAsync(db, "takeshi iwaya", CancellationToken.None));
        IReadOnlyList<NamedActor> word = await store.QueryAsync(db => NamedActors.InAsync(db, "alliance", CancellationToken.None));

        Assert.Equal("Takeshi Iwaya", Assert.Single(japanese).Name);
        Assert.Equal("Takeshi Iwaya", Assert.Single(inRunningText).Name);
        Assert.Contains("岩屋毅", Assert.Single(english).NativeNames);
        Assert.Empty(word);
    }

    private static async Task<IReadOnlyList<PassageHit>> PassagesAsync(TestStore store, string input) =>
        (await store.QueryAsync(db => SearchResults.PassagesAsync(db, SearchQuery.Parse(input)!, new SearchFilter(), 0, 50, CancellationToken.None))).Hits;

    private static Task<HitPage<StatementHit>> StatementsAsync(TestStore store, string input) =>
        store.QueryAsync(db => SearchResults.StatementsAsync(db, SearchQuery.Parse(input)!, new SearchFilter(), 0, 1000, CancellationToken.None));

    // The first marked hit of a snippet.
    private static string Marked(string snippet)
    {
        int start = snippet.IndexOf(FullTextSearch.HitStart) + 1;
        return snippet[start..snippet.IndexOf(FullTextSearch.HitEnd, start)];
    }

    private static string Plain(string snippet) => snippet.Replace(FullTextSearch.HitStart.ToString(), "").Replace(FullTextSearch.HitEnd.ToString(), "");
}
