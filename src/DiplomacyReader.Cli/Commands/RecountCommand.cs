using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Cli.Hosting;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>recount [--db FILE]</c>: counts the facets kept at import afresh from the stored statements (after a
/// change to what is counted, or when the counts are in doubt). One transaction: pages read the old counts
/// until the new ones are committed.
/// </summary>
public static class RecountCommand
{
    public static Command Create()
    {
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Database__Provider and ConnectionStrings__Default from the environment, else data/diplomacy-reader.db)" };
        var command = new Command("recount", "Count the stored statements' facets afresh") { database };
        command.SetAction((parse, cancellationToken) => RunAsync(StoreServices.Settings(parse.GetValue(database)), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(StoreSettings store, TextWriter output, CancellationToken cancellationToken)
    {
        await using ServiceProvider services = StoreServices.Build(store);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedFolder: null, cancellationToken);
        DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
        var clock = Stopwatch.StartNew();
        await FacetCountRebuild.RebuildAsync(db, cancellationToken);
        output.WriteLine($"counted the facets of {db.Statements.Count():N0} statements in {clock.Elapsed.TotalSeconds:0.0} s: {db.FacetCounts.Count():N0} counts.");
        return 0;
    }
}
