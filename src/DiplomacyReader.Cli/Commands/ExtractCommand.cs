using System.CommandLine;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>extract [--format json] PATH...</c>: runs the pipeline on files and folders and prints the export
/// document (with what a folder's manifest.json knows). Touches no database; links are computed among the inputs given together.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to extract", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format (json)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("extract", "Print what the pipeline finds in the given documents, as JSON") { paths, format };
        command.SetAction(parse => Run(parse.GetRequiredValue(paths), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IEnumerable<string> paths, TextWriter output, TextWriter error)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        var documents = new List<SourceDocument>();
        int failures = 0;
        foreach (InputFile file in InputFile.Collect(paths))
        {
            try
            {
                if (file.Problem is string problem)
                {
                    throw new IngestionException(file.FileName, problem);
                }

                documents.Add(pipeline.Process(file.Read()));
            }
            catch (Exception e) when (e is IngestionException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e is IngestionException ? e.Message : $"{file.FileName}: {e.Message}");
                failures++;
            }
        }

        LinkResult links = pipeline.Link(documents);
        output.WriteLine(ExportMapping.ToJson(new ExportDocument(documents.Select(d => d.ToExport(links)).ToArray())));
        return failures == 0 ? 0 : 1;
    }
}
