using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DiplomacyReader.Cli.Benchmarking;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>bench-http --url BASE [--connections 32] [--seconds 10] PATH...</c>: for each path, the first visit's
/// time and the next one's (run it after an import to see what an import costs the next reader), then the median and p99 latency and the requests per second at that many concurrent connections,
/// as a Markdown table for docs/performance.md. Put a static file of the app first: it is the ceiling.
/// </summary>
public static class BenchHttpCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Base URL of the running app", Required = true };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections", DefaultValueFactory = _ => 32 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds of load per path", DefaultValueFactory = _ => 10 };
        var paths = new Argument<string[]>("paths") { Description = "Paths to load, e.g. /css/site.css /statements", Arity = ArgumentArity.OneOrMore };
        var command = new Command("bench-http", "Load pages of a running app over HTTP and report latency percentiles") { url, connections, seconds, paths };
        command.SetAction((parse, cancellationToken) => RunAsync(new Uri(parse.GetRequiredValue(url)), parse.GetValue(connections), TimeSpan.FromSeconds(parse.GetValue(seconds)),
            parse.GetRequiredValue(paths), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(Uri baseAddress, int connections, TimeSpan duration, IReadOnlyList<string> paths, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"| path | first visit | next visit | p50 at {connections} connections | p99 | requests/s | errors |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        using var cold = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        foreach (string path in paths)
        {
            double first = await VisitAsync(cold, path, cancellationToken), next = await VisitAsync(cold, path, cancellationToken);
            HttpLoadResult result = await new HttpLoad(baseAddress, connections, duration).RunAsync(path, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {first:0} ms | {next:0.0} ms | {result.MedianMs:0.0} ms | {result.P99Ms:0.0} ms | {result.RequestsPerSecond:0} | {result.Errors} |"));
        }

        return 0;
    }

    // One request, alone, in milliseconds.
    private static async Task<double> VisitAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        (await client.GetAsync(path, cancellationToken)).EnsureSuccessStatusCode();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
