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

        if (SearchTerms.Parse(input) is SearchTerms terms)
        {
            await store.QueryAsync(db => db.FullText.PassagesAsync(db, terms, 50, CancellationToken.None));
            await store.QueryAsync(db => db.FullText.StatementsAsync(db, terms, 50, CancellationToken.None));
        }

        Assert.Equal(5, await store.QueryAsync(db => Task.FromResult(db.Sources.Count())));
    }

    private static Task<IReadOnlyList<PassageHit>> PassagesAsync(TestStore store, string input) =>
        store.QueryAsync(db => db.FullText.PassagesAsync(db, SearchTerms.Parse(input)!, 50, CancellationToken.None));

    // The first marked hit of a snippet.
    private static string Marked(string snippet)
    {
        int start = snippet.IndexOf(FullTextSearch.HitStart) + 1;
        return snippet[start..snippet.IndexOf(FullTextSearch.HitEnd, start)];
    }

    private static string Plain(string snippet) => snippet.Replace(FullTextSearch.HitStart.ToString(), "").Replace(FullTextSearch.HitEnd.ToString(), "");
}
