using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace DiplomacyReader.Web.Tests.Infrastructure;

/// <summary>The request log is Serilog's: one event per request with its path and status as properties.</summary>
public sealed class RequestLoggingTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    // A sink registered in the container is picked up by the app's Serilog configuration (ReadFrom.Services).
    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    [Fact]
    public async Task Each_request_is_one_serilog_event_with_method_path_and_status()
    {
        var sink = new CollectingSink();
        using var logged = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        HttpClient client = logged.CreateClient();

        await client.GetAsync("/sources");
        await client.GetAsync("/no-such-page");

        LogEvent[] requests = sink.Events.Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode")).ToArray();
        Assert.Equal(["/sources 200", "/no-such-page 404"], requests.Select(e => $"{Scalar(e, "RequestPath")} {Scalar(e, "StatusCode")}"));
        Assert.All(requests, e => Assert.Equal("GET", Scalar(e, "RequestMethod")));
        Assert.All(requests, e => Assert.Equal("Serilog.AspNetCore.RequestLoggingMiddleware", Scalar(e, "SourceContext")));
    }

    [Fact]
    public async Task A_post_that_fails_is_answered_with_its_real_status_and_logged_under_its_own_path()
    {
        var sink = new CollectingSink();
        using var logged = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        HttpClient client = logged.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        string token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/ingest"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        client.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        // Past the form's 64 MB: reading the page's form fails before its handler runs.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(DiplomacyReaderApp.AdminKey), "key" },
            { new ByteArrayContent(new byte[65 * 1024 * 1024]), "files", "huge.txt" },
        };

        HttpResponseMessage response = await client.PostAsync("/ingest", form);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than this site accepts", await response.Content.ReadAsStringAsync()); // not "That is not the admin key"
        LogEvent request = Assert.Single(sink.Events, e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode") && Scalar(e, "RequestMethod") == "POST");
        Assert.Equal("/ingest 413", $"{Scalar(request, "RequestPath")} {Scalar(request, "StatusCode")}");
    }

    private static string? Scalar(LogEvent e, string name) => (e.Properties[name] as ScalarValue)?.Value?.ToString();
}
