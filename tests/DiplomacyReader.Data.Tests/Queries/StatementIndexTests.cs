using Microsoft.EntityFrameworkCore;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Data.Queries.Columns;

namespace DiplomacyReader.Data.Tests.Queries;

/// <summary>
/// The statement index answers as the database does: the same facet counts and the same pages, walked forwards
/// and backwards by cursor and by page number, for every kind of filter it covers; and it follows new imports.
/// </summary>
public sealed class StatementIndexTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    public static TheoryData<string> Filters => new(
    [
        "",
        .. FilterText.Narrowing,
        "language=en",
        "language=ja&sort=oldest",
        "actor=no-such-actor",
        "speakerCountry=XX",
        "q=alliance",
        "q=alliance&speakerCountry=JP&sort=oldest",
        "q=Japan*&sourceKind=press&from=2024-01-01",
        "q=%22prime%20minister%22",
        "q=%E5%B0%96%E9%96%A3",
        "q=--",
    ]);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Facets_and_pages_are_the_databases(string query) => await AssertSameAsync(seeded.Store, new StatementIndex(), FilterText.Parse(query));

    [Fact]
    public async Task A_speaker_a_role_and_a_publisher_the_store_holds_are_answered_as_the_database_answers()
    {
        StatementFacets all = await seeded.Store.QueryAsync(db => StatementFacets.CountAsync(db, new StatementFilter().Apply(db)));
        Assert.NotEmpty(all.Actors);
        Assert.NotEmpty(all.Roles);
        Assert.NotEmpty(all.Publishers);
        foreach (StatementFilter filter in new[]
        {
            new StatementFilter { Actor = all.Actors[0].Value },
            new StatementFilter { Actor = all.Actors[^1].Value, Sort = StatementSort.Oldest },
            new StatementFilter { Role = all.Roles[0].Value },
            new StatementFilter { Publisher = all.Publishers[0].Value, SpeakerCountry = "JP" },
            new StatementFilter { Publisher = all.Publishers[^1].Value, From = new DateOnly(2024, 1, 1) },
        })
        {
            await AssertSameAsync(seeded.Store, new StatementIndex(), filter);
        }
    }

    [Fact]
    public async Task A_source_imported_after_the_index_was_read_is_in_its_next_answer()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        var index = new StatementIndex();
        var filter = new StatementFilter { SpeakerCountry = "JP" };
        int before = (await store.QueryAsync(db => index.CountAsync(db, filter)))!.Total;

        await store.ImportAsync(Report(store, "later.txt", "Japan will stand with its partners in every season."));

        StatementFacets? after = await store.QueryAsync(db => index.CountAsync(db, filter));
        StatementFacets database = await store.QueryAsync(db => StatementFacets.CountAsync(db, filter.Apply(db)));
        Assert.Equal(database.Total, after!.Total);
        Assert.True(after.Total > before, $"the new report's statement is counted: {before} before, {after.Total} after");

        // The rows read since are merged into the orders the index held: its pages are still the database's.
        await store.ImportAsync(Path.Combine(RepositoryPaths.Root, "tests", "gold"));
        await AssertSameAsync(store, index, filter);
        await AssertSameAsync(store, index, new StatementFilter { Sort = StatementSort.Oldest });
    }

    [Fact]
    public async Task A_source_whose_import_took_lower_ids_and_committed_later_is_in_the_next_answer()
    {
        // On PostgreSQL an import of one instance can take ids below those of another's and commit after it: the
        // store's version, not the highest id, tells the index what it has not read. The ids are set as such a race
        // leaves them; SQLite has one writer, whose commits follow its ids, and the rest of the test holds there too.
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        var index = new StatementIndex();
        var filter = new StatementFilter { SpeakerCountry = "JP" };
        await NextSourceIdAsync(store, 1_000);
        await store.ImportAsync(Report(store, "higher.txt", "Japan will stand with its partners in every season."));
        int before = (await store.QueryAsync(db => index.CountAsync(db, filter)))!.Total;

        await NextSourceIdAsync(store, 500);
        await store.ImportAsync(Report(store, "lower.txt", "Japan will keep its word to its neighbours in every season."));

        StatementFacets after = (await store.QueryAsync(db => index.CountAsync(db, filter)))!;
        Assert.Equal(before + 1, after.Total);
        await AssertSameAsync(store, index, filter);
    }

    private static string Report(TestStore store, string name, string quote)
    {
        string path = store.Folder.File(name);
        File.WriteAllText(path, $"Kishida vows support\n\nTOKYO (Kyodo) -- Prime Minister Fumio Kishida said on Monday, \"{quote}\"\n");
        return path;
    }

    // The id the next source takes, where the database lets it be set (PostgreSQL's sequence).
    private static Task NextSourceIdAsync(TestStore store, int id) => store.QueryAsync(db => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlAsync($"SELECT setval(pg_get_serial_sequence('\"Sources\"', 'Id'), {id}, false)")
        : Task.FromResult(0));

    [Fact]
    public async Task Words_narrow_the_index_as_the_search_index_finds_them()
    {
        var index = new StatementIndex();
        StatementFacets all = (await seeded.Store.QueryAsync(db => index.CountAsync(db, new StatementFilter())))!;
        StatementFacets alliance = (await seeded.Store.QueryAsync(db => index.CountAsync(db, new StatementFilter { Text = "alliance" })))!;
        Assert.InRange(alliance.Total, 1, all.Total - 1);
    }

    private static async Task AssertSameAsync(TestStore store, StatementIndex index, StatementFilter filter)
    {
        StatementFacets database = await store.QueryAsync(db => StatementFacets.CountAsync(db, filter.Apply(db)));
        StatementFacets held = (await store.QueryAsync(db => index.CountAsync(db, filter)))!;
        Assert.Equal(database.Total, held.Total);
        AssertSameValues(database.Countries, held.Countries);
        AssertSameValues(database.SpeakerCountries, held.SpeakerCountries);
        AssertSameValues(database.Actors, held.Actors);
        AssertSameValues(database.Roles, held.Roles);
        AssertSameValues(database.Topics, held.Topics);
        AssertSameValues(database.Kinds, held.Kinds);
        AssertSameValues(database.SourceKinds, held.SourceKinds);
        AssertSameValues(database.Publishers, held.Publishers);
        Assert.Equal(database.Months.OrderBy(m => m.Value), held.Months);

        // Every page by cursor, forwards, then back from each page's first row, and the first pages by number.
        const int take = 7;
        var pages = new List<IReadOnlyList<StatementKey>>();
        ListCursor? after = null;
        while (pages.Count < 80)
        {
            IReadOnlyList<StatementKey> fromDatabase = await store.QueryAsync(db => filter.PageAsync(db, after, null, 0, take, CancellationToken.None));
            IReadOnlyList<StatementKey> fromIndex = (await store.QueryAsync(db => index.PageAsync(db, filter, after, null, 0, take)))!;
            Assert.Equal(fromDatabase, fromIndex);
            pages.Add(fromDatabase);
            if (fromDatabase.Count < take)
            {
                break;
            }

            after = fromDatabase[^1].Cursor;
        }

        foreach (IReadOnlyList<StatementKey> page in pages.Where(p => p.Count > 0))
        {
            ListCursor before = page[0].Cursor;
            Assert.Equal(
                await store.QueryAsync(db => filter.PageAsync(db, null, before, 0, take, CancellationToken.None)),
                (await store.QueryAsync(db => index.PageAsync(db, filter, null, before, 0, take)))!);
        }

        foreach (int skip in new[] { 0, 5, 30 })
        {
            Assert.Equal(
                await store.QueryAsync(db => filter.PageAsync(db, null, null, skip, take, CancellationToken.None, firstLook: 0)),
                (await store.QueryAsync(db => index.PageAsync(db, filter, null, null, skip, take)))!);
        }
    }

    // The database lists ties in count in no set order, the index by label: the same values with the same counts,
    // except where a tie at the end of the top list lets either side name another value.
    private static void AssertSameValues(IReadOnlyList<FacetValue> database, IReadOnlyList<FacetValue> held)
    {
        Assert.Equal(database.Select(v => v.Count).OrderDescending(), held.Select(v => v.Count));
        int last = database.Count == 0 ? 0 : database.Min(v => v.Count);
        bool full = database.Count < 25; // StatementFacets lists the top 25
        Assert.Equal(
            database.Where(v => full || v.Count > last).OrderBy(v => v.Value, StringComparer.Ordinal),
            held.Where(v => full || v.Count > last).OrderBy(v => v.Value, StringComparer.Ordinal));
    }
}
