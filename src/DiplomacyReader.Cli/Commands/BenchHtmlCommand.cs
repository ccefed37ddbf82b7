using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>bench-html FOLDER [--runs N]</c>: times the whole pipeline on every FOLDER/*/source.html (saved web
/// pages), N times after one warm-up, and prints throughput and the slowest pages. The figures go in
/// docs/performance.md.
/// </summary>
public static class BenchHtmlCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of page folders, each with source.html" };
        var runs = new Option<int>("--runs") { Description = "Timed runs over the whole folder", DefaultValueFactory = _ => 3 };
        var command = new Command("bench-html", "Time HTML ingestion on saved web pages") { folder, runs };
        command.SetAction(parse => Run(parse.GetRequiredValue(folder), parse.GetValue(runs), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string folder, int runs, TextWriter output)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        (string Name, byte[] Bytes)[] pages = SavedPageFolders.In(folder, scored: false)
            .Select(page => (Path.GetFileName(page), File.ReadAllBytes(Path.Combine(page, SavedPageFolders.Source))))
            .ToArray();
        var perPage = pages.ToDictionary(p => p.Name, _ => new List<double>());
        for (int run = 0; run <= runs; run++)
        {
            foreach ((string name, byte[] bytes) in pages)
            {
                long start = Stopwatch.GetTimestamp();
                pipeline.Process(new SourceInput(name + ".html", bytes));
                if (run > 0)
                {
                    perPage[name].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds); // run 0 warms up the JIT
                }
            }
        }

        double megabytes = pages.Sum(p => p.Bytes.Length) / 1024.0 / 1024.0;
        double seconds = perPage.Values.Sum(times => times.Average()) / 1000;
        double[] medians = perPage.Values.Select(times => times.Order().ElementAt(times.Count / 2)).Order().ToArray();
        output.WriteLine($"{pages.Length} pages, {megabytes:0.0} MB: {seconds:0.00} s per pass, {megabytes / seconds:0.0} MB/s, {pages.Length / seconds:0.0} pages/s");
        output.WriteLine($"per page: median {medians[medians.Length / 2]:0} ms, p95 {medians[(int)(medians.Length * 0.95)]:0} ms, max {medians[^1]:0} ms");
        foreach ((string name, List<double> times) in perPage.OrderByDescending(p => p.Value.Average()).Take(5))
        {
            output.WriteLine($"  {name}: {times.Average():0} ms for {pages.Single(p => p.Name == name).Bytes.Length / 1024} KB");
        }

        return 0;
    }
}
