using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyReader.Tests.Shared;

/// <summary>
/// A real web site on a loopback port, for the app to fetch from: Kestrel with the routes a test gives it,
/// and a record of every request it received (with its conditional headers).
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Each request: its path and query, If-None-Match and If-Modified-Since when sent, the user agent, and when it arrived.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent, DateTime At)> Requests { get; } = new();

    public Uri Url(string path) => new(BaseUrl, path);

    public static async Task<TestSite> StartAsync(Action<WebApplication> routes)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var site = new TestSite(app);
        app.Use(async (context, next) =>
        {
            site.Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.IfNoneMatch.FirstOrDefault(),
                context.Request.Headers.IfModifiedSince.FirstOrDefault(), context.Request.Headers.UserAgent.FirstOrDefault(), DateTime.UtcNow));
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First());
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
