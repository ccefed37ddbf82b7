using System.CommandLine;
using DiplomacyReader.Cli.Commands;

namespace DiplomacyReader.Cli;

/// <summary>The command tree of the `diplomacy-reader` tool.</summary>
public static class CliApplication
{
    public static RootCommand Create() => new("DiplomacyReader: read and compare coverage of Japan's foreign policy.")
    {
        ExtractCommand.Create(),
        IngestCommand.Create(),
        EvaluateCommand.Create(),
        EvaluateLinksCommand.Create(),
        EvaluateHtmlCommand.Create(),
        BenchHtmlCommand.Create(),
        BenchFuzzCommand.Create(),
        GenerateCommand.Create(),
        BenchCommand.Create(),
        BenchHttpCommand.Create(),
        RecountCommand.Create(),
        CopyStoreCommand.Create(),
    };

    /// <summary>Runs the tool on <paramref name="args"/>, writing to the given writers (the console when null).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
}
