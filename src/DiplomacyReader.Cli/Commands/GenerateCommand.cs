using System.CommandLine;
using DiplomacyReader.Cli.Generating;
using DiplomacyReader.Ingestion.Knowledge;

namespace DiplomacyReader.Cli.Commands;

/// <summary><c>generate --sources N --out FOLDER [--seed S]</c>: writes a synthetic corpus for load tests.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var sources = new Option<int>("--sources") { Description = "How many documents", DefaultValueFactory = _ => 10_000 };
        var output = new Option<string>("--out") { Description = "Folder to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write a synthetic corpus of reports and transcripts, with a manifest") { sources, output, seed };
        command.SetAction(parse =>
        {
            new CorpusGenerator(KnowledgeBase.LoadDefault(), parse.GetValue(seed)).Write(parse.GetRequiredValue(output), parse.GetValue(sources));
            parse.InvocationConfiguration.Output.WriteLine($"wrote {parse.GetValue(sources)} documents to {parse.GetRequiredValue(output)}");
        });
        return command;
    }
}
