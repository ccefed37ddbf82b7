using System.CommandLine;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using DiplomacyReader.Cli.Hosting;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>ingest PATH... [--db FILE]</c>: stores files and folders (with their manifest.json) in the database,
/// one line per file and a summary. A file that fails is named with its reason and the rest go on; the exit
/// code is 1 if any failed, 2 if the store could not be opened.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.ZeroOrMore };
        var feeds = new Option<string[]>("--feed") { Description = "An RSS or Atom feed to poll once: its items' pages are fetched and stored", AllowMultipleArgumentsPerToken = true };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Database__Provider and ConnectionStrings__Default from the environment, else data/diplomacy-reader.db)" };
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge base JSON file (default: the embedded one)" };
        var command = new Command("ingest", "Store documents in the database") { paths, feeds, database, knowledge };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths) ?? [], StoreServices.Settings(parse.GetValue(database)), parse.GetValue(knowledge),
            parse.InvocationConfiguration.Output, cancellationToken, parse.GetValue(feeds) ?? []));
        return command;
    }

    /// <summary>Exit codes: 0 every file stored or already there, 1 some file refused, 2 the run could not proceed.</summary>
    public static async Task<int> RunAsync(IEnumerable<string> paths, StoreSettings store, string? knowledgeBase, TextWriter output, CancellationToken cancellationToken, IReadOnlyList<string>? feeds = null)
    {
        feeds ??= [];
        if (!paths.Any() && feeds.Count == 0)
        {
            output.WriteLine("error     nothing to ingest: name files, folders or --feed addresses.");
            return 2;
        }

        if (feeds.FirstOrDefault(f => DiplomacyReader.Fetching.WebAddress.Parse(f) is null) is string bad)
        {
            output.WriteLine($"error     --feed {bad}: not an http or https address.");
            return 2;
        }

        ServiceProvider services;
        try
        {
            services = StoreServices.Build(store, knowledgeBase);
            await using AsyncServiceScope init = services.CreateAsyncScope();
            await init.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedFolder: null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.WriteLine($"error     the store at {store} could not be opened: {e.GetBaseException().Message}");
            return 2;
        }

        await using (services)
        {
            await using AsyncServiceScope scope = services.CreateAsyncScope();
            IReadOnlyList<InputFile> files = InputFile.Collect(paths);
            var progress = new IngestProgress(output, files.Count, IngestProgress.IsTerminal(output));
            var results = new List<ImportResult>();
            try
            {
                SourceImporter importer = scope.ServiceProvider.GetRequiredService<SourceImporter>();
                results.AddRange(await importer.ImportAllAsync(files, cancellationToken, progress.Report));
                using var fetcher = new DiplomacyReader.Fetching.PoliteFetcher(DiplomacyReader.Fetching.FetchRules.Default, TimeProvider.System);
                foreach (string feed in feeds)
                {
                    results.AddRange(await FeedOnce.IngestAsync(DiplomacyReader.Fetching.WebAddress.Parse(feed)!, importer, fetcher, progress.Report, cancellationToken));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Each file's faults are its own; this is the store failing under the run (a lost server, a full disk).
                output.WriteLine($"error     the run stopped: {e.GetBaseException().Message}; the files reported above are stored.");
                return 2;
            }

            int failed = results.Count(r => r.Outcome == ImportOutcome.Failed);
            output.WriteLine($"{results.Count} files: {results.Count(r => r.Outcome == ImportOutcome.Ingested)} ingested, {results.Count(r => r.Outcome == ImportOutcome.Duplicate)} duplicate, {failed} failed.");
            return failed == 0 ? 0 : 1;
        }
    }
}
