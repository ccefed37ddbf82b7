using System.Net;
using System.Net.Sockets;
using DiplomacyReader.Cli.Benchmarking;

namespace DiplomacyReader.Cli.Tests.Benchmarking;

public sealed class HttpLoadTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_every_latency()
    {
        double[] latencies = Enumerable.Range(1, 200).Select(i => (double)i).ToArray();

        Assert.Equal(100, HttpLoad.Percentile(latencies, 0.50));
        Assert.Equal(198, HttpLoad.Percentile(latencies, 0.99));
        Assert.Equal(7, HttpLoad.Percentile([7], 0.99));
        Assert.Equal(0, HttpLoad.Percentile([], 0.5));
    }

    [Fact]
    public async Task Every_request_is_counted_and_failures_are_told_apart()
    {
        // A real server on a loopback port: 200 for /ok, 500 for anything else.
        using var listener = new HttpListener();
        int port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        Task serving = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }

                context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/ok" ? 200 : 500;
                context.Response.Close();
            }
        });

        // Two seconds: on a machine busy with other test runs, 300 ms once saw only the first request of each connection.
        var load = new HttpLoad(new Uri($"http://127.0.0.1:{port}"), connections: 4, TimeSpan.FromSeconds(2));
        HttpLoadResult ok = await load.RunAsync("/ok", CancellationToken.None);
        HttpLoadResult failing = await load.RunAsync("/fail", CancellationToken.None);
        stop.Cancel();
        listener.Stop();

        Assert.True(ok.Requests > 4, $"{ok.Requests} requests in 2 s");
        Assert.Equal(0, ok.Errors);
        Assert.Equal(failing.Requests, failing.Errors);
        Assert.True(ok.MedianMs <= ok.P99Ms && ok.P99Ms <= ok.MaxMs);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
