using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Evaluation.Fuzzing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>bench-fuzz [--sizes 0.1,0.5,1,2,4,8] [--shape NAME] [--mutants N --of FOLDER...]</c>: runs the pipeline
/// on each hostile shape at each size and prints the time per megabyte (a flat row is linear work; a row that
/// climbs is a reader or step that rescans its input); with <c>--mutants</c>, on N mutants of the documents
/// in the folders, and counts how each ended. The figures go in docs/performance.md.
/// </summary>
public static class BenchFuzzCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Sizes in MB, comma-separated", DefaultValueFactory = _ => "0.1,0.5,1,2,4,8" };
        var shape = new Option<string?>("--shape") { Description = "Only the shapes whose name contains this" };
        var mutants = new Option<int>("--mutants") { Description = "Instead of the shapes, this many mutants of the documents in --of" };
        var of = new Option<string[]>("--of") { Description = "Folders of documents to mutate (recursively)", DefaultValueFactory = _ => ["seeds"], AllowMultipleArgumentsPerToken = true };
        var command = new Command("bench-fuzz", "Time the pipeline on hostile inputs of growing size, or on mutants of real documents") { sizes, shape, mutants, of };
        command.SetAction(parse => parse.GetValue(mutants) > 0
            ? RunMutants(parse.GetValue(mutants), parse.GetRequiredValue(of), parse.InvocationConfiguration.Output)
            : Run(parse.GetRequiredValue(sizes).Split(',').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                parse.GetValue(shape), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Runs <paramref name="count"/> mutants (seed 15) of the documents under <paramref name="folders"/>; exit 1 if any ended unsound.</summary>
    public static int RunMutants(int count, IReadOnlyList<string> folders, TextWriter output)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        (string Name, byte[] Bytes)[] originals = folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".md" or ".html" or ".htm")
            .Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        var mutator = new Mutator(15);
        var outcomes = new List<FuzzOutcome>(count);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < count; i++)
        {
            (string name, byte[] bytes) = originals[i % originals.Length];
            outcomes.Add(FuzzOutcome.Of(pipeline, new SourceInput($"{i}-{name}", mutator.Mutate(bytes))));
        }

        output.WriteLine($"{count} mutants of {originals.Length} documents in {Stopwatch.GetElapsedTime(start).TotalSeconds:0} s: "
            + string.Join(", ", Enum.GetValues<FuzzResult>().Select(r => $"{outcomes.Count(o => o.Result == r)} {r.ToString().ToLowerInvariant()}")));
        output.WriteLine($"slowest: {outcomes.Max(o => o.Elapsed).TotalMilliseconds:0} ms; over budget: {outcomes.Count(o => o.Elapsed > o.Allowed)}");
        foreach (var reason in outcomes.Where(o => o.Result == FuzzResult.Refused).GroupBy(o => o.Reason!.Split(':', '(')[0]).OrderByDescending(g => g.Count()).Take(8))
        {
            output.WriteLine($"  refused {reason.Count(),5}: {reason.Key.Trim()}");
        }

        foreach (FuzzOutcome fault in outcomes.Where(o => !o.IsSound).Take(10))
        {
            output.WriteLine($"  UNSOUND {fault.FileName}: {fault.Result} in {fault.Elapsed.TotalMilliseconds:0} ms: {fault.Reason}");
        }

        return outcomes.All(o => o.IsSound) ? 0 : 1;
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
