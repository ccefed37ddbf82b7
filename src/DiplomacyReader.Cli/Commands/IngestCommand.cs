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
/// code is 1 if any failed.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Database__Provider and ConnectionStrings__Default from the environment, else data/diplomacy-reader.db)" };
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge base JSON file (default: the embedded one)" };
        var command = new Command("ingest", "Store documents in the database") { paths, database, knowledge };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(paths), StoreServices.Settings(parse.GetValue(database)), parse.GetValue(knowledge),
            parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IEnumerable<string> paths, StoreSettings store, string? knowledgeBase, TextWriter output, CancellationToken cancellationToken)
    {
        await using ServiceProvider services = StoreServices.Build(store, knowledgeBase);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedFolder: null, cancellationToken);

        IReadOnlyList<InputFile> files;
        try
        {
            files = InputFile.Collect(paths);
        }
        catch (InvalidDataException e)
        {
            output.WriteLine($"failed    {e.Message}");
            return 1;
        }

        var progress = new IngestProgress(output, files.Count, IngestProgress.IsTerminal(output));
        IReadOnlyList<ImportResult> results = await scope.ServiceProvider.GetRequiredService<SourceImporter>().ImportAllAsync(files, cancellationToken, progress.Report);

        int failed = results.Count(r => r.Outcome == ImportOutcome.Failed);
        output.WriteLine($"{results.Count} files: {results.Count(r => r.Outcome == ImportOutcome.Ingested)} ingested, {results.Count(r => r.Outcome == ImportOutcome.Duplicate)} duplicate, {failed} failed.");
        return failed == 0 ? 0 : 1;
    }
}
