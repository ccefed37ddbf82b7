using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Evaluation.Fuzzing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>bench-fuzz [--sizes 0.1,0.5,1,2,4,8] [--shape NAME]</c>: runs the pipeline on each hostile shape at
/// each size and prints the time per megabyte. A flat row is linear work; a row that climbs is a reader or
/// step that rescans its input. The figures go in docs/performance.md.
/// </summary>
public static class BenchFuzzCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Sizes in MB, comma-separated", DefaultValueFactory = _ => "0.1,0.5,1,2,4,8" };
        var shape = new Option<string?>("--shape") { Description = "Only the shapes whose name contains this" };
        var command = new Command("bench-fuzz", "Time the pipeline on hostile inputs of growing size") { sizes, shape };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(sizes).Split(',').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            parse.GetValue(shape), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(IReadOnlyList<double> megabytes, string? only, TextWriter output)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        pipeline.Process(new SourceInput("warm-up.txt", HostileShapes.All[0].Build(10_000))); // JIT, knowledge index
        output.WriteLine($"{"shape",-22}" + string.Concat(megabytes.Select(mb => $"{mb + " MB",14}")) + "   (ms per MB; outcome)");
        foreach (HostileShapes.Shape shape in HostileShapes.All.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            output.Write($"{shape.Name,-22}");
            string outcome = "";
            foreach (double mb in megabytes)
            {
                byte[] bytes = shape.Build((int)(mb * 1024 * 1024));
                long start = Stopwatch.GetTimestamp();
                try
                {
                    SourceDocument document = pipeline.Process(new SourceInput(shape.FileName, bytes));
                    outcome = $"{document.Statements.Count} statements";
                }
                catch (IngestionException e)
                {
                    outcome = "refused: " + e.Reason;
                }

                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                output.Write($"{ms / (bytes.Length / 1024.0 / 1024.0),14:0}");
                output.Flush();
            }

            output.WriteLine($"   {outcome}");
        }

        return 0;
    }
}
