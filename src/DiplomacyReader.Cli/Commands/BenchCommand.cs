using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Cli.Generating;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Data.Queries.Columns;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using DiplomacyReader.Cli.Hosting;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>bench --db FILE [--sources N] [--runs R] [--url BASE]</c>: fills a store with a generated corpus (when
/// it is empty), then times what the statements page does for a combined filter — count, one page, facets —
/// and a full-text search, in process; with --url also the real page over HTTP. Figures go in docs/performance.md.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var database = new Option<string?>("--db") { Description = "SQLite file to fill (if empty) and query (default: Database__Provider and ConnectionStrings__Default from the environment)" };
        var sources = new Option<int>("--sources") { Description = "Documents to generate into an empty store", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query", DefaultValueFactory = _ => 30 };
        var url = new Option<string?>("--url") { Description = "Base URL of a running app on the same store, to time the real page" };
        var command = new Command("bench", "Fill a store with a generated corpus and time the statements queries") { database, sources, runs, url };
        command.SetAction((parse, cancellationToken) => RunAsync(StoreServices.Settings(parse.GetValue(database)), parse.GetValue(sources), parse.GetValue(runs), parse.GetValue(url), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(StoreSettings store, int sources, int runs, string? url, TextWriter output, CancellationToken cancellationToken)
    {
        await using ServiceProvider services = StoreServices.Build(store);
        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedFolder: null, cancellationToken);
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            if (!await db.Sources.AnyAsync(cancellationToken))
            {
                await FillAsync(scope.ServiceProvider, sources, output, cancellationToken);
            }
        }

        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            output.WriteLine($"store: {await db.Sources.CountAsync(cancellationToken)} sources, {await db.Statements.CountAsync(cancellationToken)} statements, {await db.Passages.CountAsync(cancellationToken)} passages");
        }

        var combined = new StatementFilter { SpeakerCountry = "JP", Topic = "china", SourceKind = SourceKind.Press, From = new DateOnly(2018, 1, 1), To = new DateOnly(2022, 12, 31) };
        await TimeAsync("statements page, combined filter (facets with total + page of 50)", runs, output, services, db => PageAsync(db, combined, cancellationToken));
        await TimeAsync("  of which page of 50", runs, output, services, db => combined.ApplySorted(db).Take(50).Select(s => s.Key).ToListAsync(cancellationToken));
        await TimeAsync("  of which facets and total", runs, output, services, db => StatementFacets.CountAsync(db, combined.Apply(db), cancellationToken));
        await TimeAsync("statements page, no filter (facets from the cache, as on every visit after the first)", runs, output, services, db => PageAsync(db, new StatementFilter(), cancellationToken));
        await TimeAsync("  no filter, facets counted afresh (the first visit after an import)", runs, output, services, db => StatementFacets.CountAsync(db, new StatementFilter().Apply(db), cancellationToken));
        await TimeAsync("statements page, words \"supply chain\" + speaker country", runs, output, services, db => PageAsync(db, new StatementFilter { Text = "\"supply chain\"", SpeakerCountry = "JP" }, cancellationToken));

        // The statement index (what the app answers these filters from once it has loaded): its first load, once, then the same filters.
        var index = new StatementIndex();
        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            var loading = Stopwatch.StartNew();
            await index.CountAsync(scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>(), new StatementFilter(), cancellationToken);
            output.WriteLine($"statement index, first load of the whole store: {loading.Elapsed.TotalSeconds:0.0} s, {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB held by the process after it");
        }

        await TimeAsync("combined filter from the statement index (facets counted afresh + page of 50)", runs, output, services, async db =>
        {
            await index.CountAsync(db, combined, cancellationToken);
            await index.PageAsync(db, combined, null, null, 0, 50, cancellationToken);
        });
        await TimeAsync("no filter, facets counted afresh from the statement index", runs, output, services, db => index.CountAsync(db, new StatementFilter(), cancellationToken));
        var words = new StatementFilter { Text = "\"supply chain\"", SpeakerCountry = "JP" };
        // The index keeps the rows a search found per state of the store: the runs after the first read them from there,
        // and what the first asking adds is the search index's list of ids, timed on its own.
        await TimeAsync("  the search index's ids of \"supply chain\" alone (what a first asking adds)", runs, output, services,
            db => db.FullText.StatementIds(db, Data.Search.SearchQuery.Parse(words.Text)!).ToListAsync(cancellationToken));
        await TimeAsync("words \"supply chain\" + speaker country from the statement index (facets counted afresh + page of 50)", runs, output, services, async db =>
        {
            await index.CountAsync(db, words, cancellationToken);
            await index.PageAsync(db, words, null, null, 0, 50, cancellationToken);
        });
        var common = new StatementFilter { Text = "alliance" };
        await TimeAsync("a common word (\"alliance\"), facets counted afresh, from the database", runs, output, services, db => StatementFacets.CountAsync(db, common.Apply(db), cancellationToken));
        await TimeAsync("  the search index's ids of \"alliance\" alone (what a first asking adds)", runs, output, services,
            db => db.FullText.StatementIds(db, Data.Search.SearchQuery.Parse(common.Text)!).ToListAsync(cancellationToken));
        await TimeAsync("the same from the statement index (facets counted afresh + page of 50)", runs, output, services, async db =>
        {
            await index.CountAsync(db, common, cancellationToken);
            await index.PageAsync(db, common, null, null, 0, 50, cancellationToken);
        });
        if (url is not null)
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await TimeAsync("GET /statements?speakerCountry=JP&topic=china&sourceKind=press&from=2018-01-01&to=2022-12-31 (HTTP, whole page)", runs, output, services,
                _ => http.GetStringAsync("/statements?speakerCountry=JP&topic=china&sourceKind=press&from=2018-01-01&to=2022-12-31", cancellationToken));
        }

        return 0;
    }

    private static readonly FacetCache s_facets = new();

    private static async Task PageAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken)
    {
        // What the statements page does: facets (which give the total; cached until the store changes), then one page.
        await s_facets.CountAsync(db, filter, cancellationToken);
        await filter.ApplySorted(db).Take(50).Select(s => new { s.Key, s.Text, s.Quote, Speaker = s.Speaker!.Name, s.Source.Slug, s.Source.Title }).ToListAsync(cancellationToken);
    }

    private static async Task FillAsync(IServiceProvider provider, int sources, TextWriter output, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(Path.GetTempPath(), "diplomacy-reader-bench-" + Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        new CorpusGenerator(provider.GetRequiredService<KnowledgeBase>(), seed: 1).Write(folder, sources);
        output.WriteLine($"generated {sources} documents in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        IReadOnlyList<ImportResult> results = await provider.GetRequiredService<SourceImporter>().ImportAllAsync(InputFile.Collect([folder]), cancellationToken);
        output.WriteLine($"ingested {results.Count(r => r.Outcome == ImportOutcome.Ingested)} in {clock.Elapsed.TotalSeconds:0.0} s ({results.Count / clock.Elapsed.TotalSeconds:0} documents/s); {results.Count(r => r.Outcome == ImportOutcome.Failed)} failed");
        Directory.Delete(folder, recursive: true);
    }

    private static async Task TimeAsync(string what, int runs, TextWriter output, IServiceProvider services, Func<DiplomacyDbContext, Task> query)
    {
        var times = new List<double>();
        for (int i = 0; i <= runs; i++)
        {
            await using AsyncServiceScope scope = services.CreateAsyncScope();
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            long started = Stopwatch.GetTimestamp();
            await query(db);
            if (i > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); // the first run warms caches and compiles queries
            }
        }

        times.Sort();
        output.WriteLine($"{what}: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms over {runs} runs");
    }
}
