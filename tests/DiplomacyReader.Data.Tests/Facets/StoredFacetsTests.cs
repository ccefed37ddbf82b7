using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Facets;

/// <summary>The counts kept at import are the counts the statements give when counted afresh, for no filter and for every single filter value.</summary>
public sealed class StoredFacetsTests
{
    [Fact]
    public async Task Kept_counts_equal_fresh_counts_for_no_filter_and_every_single_value()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds, Path.Combine(RepositoryPaths.Root, "tests", "gold"));

        StatementFacets all = (await store.QueryAsync(db => StoredFacets.ReadAsync(db, new StatementFilter())))!;
        Assert.True(all.Total > 100, $"the seeds and the gold set hold more than 100 statements, not {all.Total}");
        var filters = new List<StatementFilter> { new() };
        filters.AddRange(all.Countries.Select(v => new StatementFilter { Country = v.Value }));
        filters.AddRange(all.SpeakerCountries.Select(v => new StatementFilter { SpeakerCountry = v.Value }));
        filters.AddRange(all.Actors.Select(v => new StatementFilter { Actor = v.Value }));
        filters.AddRange(all.Roles.Select(v => new StatementFilter { Role = v.Value }));
        filters.AddRange(all.Topics.Select(v => new StatementFilter { Topic = v.Value }));
        filters.AddRange(all.Publishers.Select(v => new StatementFilter { Publisher = v.Value }));
        filters.AddRange(Enum.GetValues<StatementKind>().Select(k => new StatementFilter { Kind = k }));
        filters.AddRange(Enum.GetValues<SourceKind>().Select(k => new StatementFilter { SourceKind = k }));

        foreach (StatementFilter filter in filters)
        {
            StatementFacets kept = (await store.QueryAsync(db => StoredFacets.ReadAsync(db, filter)))!;
            StatementFacets counted = await store.QueryAsync(db => StatementFacets.CountAsync(db, filter.Apply(db)));
            Assert.Equal(Describe(counted), Describe(kept));
        }
    }

    [Fact]
    public async Task Counting_afresh_gives_the_rows_imports_kept()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        string kept = await RowsAsync(store);

        await store.QueryAsync(async db => { await FacetCountRebuild.RebuildAsync(db); return 0; });

        Assert.Contains("actor|takeshi-iwaya|topic|", kept);
        Assert.Equal(kept, await RowsAsync(store));
    }

    [Fact]
    public async Task A_store_counted_under_an_older_scheme_is_counted_afresh_at_start_up()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        string kept = await RowsAsync(store);
        Assert.Contains($"speakerCountry|JP|{Facet.Month}|", kept); // months under a speaker's country: what scheme 2 added
        // As a store from before: no scheme recorded, no months under a speaker's country.
        await store.QueryAsync(db => db.FacetCounts.Where(f => f.FilterFacet == Facet.Scheme || (f.FilterFacet == Facet.SpeakerCountry && f.Facet == Facet.Month)).ExecuteDeleteAsync());
        Assert.NotEqual(kept, await RowsAsync(store));

        await store.RunAsync<DatabaseInitializer>(i => i.InitializeAsync(seedFolder: null));

        Assert.Equal(kept, await RowsAsync(store));
    }

    [Fact]
    public async Task Actors_appearing_together_are_counted_once_per_source()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds, Path.Combine(RepositoryPaths.Root, "tests", "gold"));

        var mentioned = await store.QueryAsync(db => db.Sources.AsNoTracking().SelectMany(s => s.MentionedActors, (s, a) => new { s.Id, a.Slug }).ToListAsync());
        var speaking = await store.QueryAsync(db => db.Statements.AsNoTracking().Where(st => st.Speaker != null).Select(st => new { Id = st.SourceId, st.Speaker!.Slug }).ToListAsync());
        List<List<string>> sources = mentioned.Concat(speaking).GroupBy(a => a.Id).Select(g => g.Select(a => a.Slug).Distinct().ToList()).ToList();
        var expected = sources.SelectMany(actors => actors.SelectMany(a => actors.Where(b => b != a).Select(b => $"{a}+{b}")))
            .GroupBy(pair => pair).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal).ToList();
        var kept = await store.QueryAsync(db => db.FacetCounts.AsNoTracking().Where(c => c.FilterFacet == Facet.SourceActor)
            .Select(c => c.FilterValue + "+" + c.Value + "=" + c.Count).ToListAsync());

        Assert.NotEmpty(expected);
        Assert.Equal(expected, kept.Order(StringComparer.Ordinal));

        // Sources by kind and by topic, for the overview.
        var byKind = await store.QueryAsync(db => StoredFacets.UnderAsync(db, Facet.Sources, "", Facet.SourceKind));
        var byTopic = await store.QueryAsync(db => StoredFacets.UnderAsync(db, Facet.Sources, "", Facet.Topic));
        var kinds = await store.QueryAsync(db => db.Sources.GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var topics = await store.QueryAsync(db => db.Topics.Where(t => t.Sources.Any()).Select(t => new { t.Slug, Count = t.Sources.Count }).ToListAsync());
        Assert.Equal(kinds.Select(k => $"{DiplomacyReader.Ingestion.Export.ExportMapping.Name(k.Key)}={k.Count}").Order(), byKind.Select(k => $"{k.Value}={k.Count}").Order());
        Assert.Equal(topics.Select(t => $"{t.Slug}={t.Count}").Order(), byTopic.Select(t => $"{t.Value}={t.Count}").Order());
    }

    [Fact]
    public async Task Filters_of_two_values_dates_or_words_are_left_to_counting()
    {
        Assert.Null(StoredFacets.Covered(new StatementFilter { Country = "CN", Topic = "china" }));
        Assert.Null(StoredFacets.Covered(new StatementFilter { From = new DateOnly(2025, 1, 1) }));
        Assert.Null(StoredFacets.Covered(new StatementFilter { Text = "alliance" }));
        Assert.Equal(("kind", "partial"), StoredFacets.Covered(new StatementFilter { Kind = StatementKind.Partial, Sort = StatementSort.Oldest }));
        await Task.CompletedTask;
    }

    // Every facet as sorted "value=label:count" lists: the order of equal counts is not part of the answer.
    private static string Describe(StatementFacets f) => string.Join("\n",
        $"total {f.Total}",
        List("countries", f.Countries), List("speaker countries", f.SpeakerCountries), List("actors", f.Actors), List("roles", f.Roles),
        List("topics", f.Topics), List("kinds", f.Kinds), List("source kinds", f.SourceKinds), List("publishers", f.Publishers), List("months", f.Months));

    private static string List(string name, IReadOnlyList<FacetValue> values) =>
        name + ": " + string.Join(", ", values.Select(v => $"{v.Value}={v.Label}:{v.Count}").Order(StringComparer.Ordinal));

    private static Task<string> RowsAsync(TestStore store) => store.QueryAsync(async db => string.Join("\n",
        (await db.FacetCounts.AsNoTracking().ToListAsync())
            .Select(c => $"{c.FilterFacet}|{c.FilterValue}|{c.Facet}|{c.Value}|{c.Label}|{c.Count}")
            .Order(StringComparer.Ordinal)));
}
