using System.Diagnostics;
using System.Net;

namespace DiplomacyReader.Cli.Benchmarking;

/// <summary>What one path answered under load: how many requests, how fast, how many failed.</summary>
public sealed record HttpLoadResult(string Path, int Requests, int Errors, double Seconds, double MedianMs, double P99Ms, double MaxMs)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// A closed-loop load generator, as wrk runs one: <c>connections</c> clients each send the next request as
/// soon as the last one answered, for a fixed time; every latency is kept, so the median and p99 are exact.
/// The clients run on the same machine as the app, so a static page measured the same way is the ceiling
/// the other figures are read against.
/// </summary>
public sealed class HttpLoad(Uri baseAddress, int connections, TimeSpan duration)
{
    public async Task<HttpLoadResult> RunAsync(string path, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await client.GetAsync(path, cancellationToken); // the first visit (compiles the page's queries) is not part of the figures

        var latencies = new List<double>[connections];
        int errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                long started = Stopwatch.GetTimestamp();
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref errors); // the client's timeout
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        double seconds = clock.Elapsed.TotalSeconds;
        double[] all = latencies.SelectMany(l => l).Order().ToArray();
        return new HttpLoadResult(path, all.Length, errors, seconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted <paramref name="values"/> lie (nearest rank).</summary>
    public static double Percentile(double[] values, double share) =>
        values.Length == 0 ? 0 : values[Math.Clamp((int)Math.Ceiling(share * values.Length) - 1, 0, values.Length - 1)];
}
