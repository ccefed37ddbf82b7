using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacyReader.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The app following the feeds of a test site, from configuration.</summary>
public sealed class FeedApp(TestSite site) : DiplomacyReaderApp
{
    public static readonly string[] FeedPaths = ["/rss2.xml", "/atom.xml", "/rss1.xml", "/broken.xml", "/page-not-feed", "/failing.xml"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:Fetch:DelayPerHost", "00:00:00.050");
        for (int i = 0; i < FeedPaths.Length; i++)
        {
            builder.UseSetting($"Ingest:Feeds:{i}:Url", site.Url(FeedPaths[i]).AbsoluteUri);
            builder.UseSetting($"Ingest:Feeds:{i}:Publisher", "NHK World");
            builder.UseSetting($"Ingest:Feeds:{i}:Kind", "press");
            builder.UseSetting($"Ingest:Feeds:{i}:PollInterval", "01:00:00");
        }
    }
}

/// <summary>Feeds polled from a real site on a loopback port: RSS 2.0, Atom and RSS 1.0, a feed that changes, feeds that fail.</summary>
public sealed class FeedTests
{
    private static string Page(string title, string quote) =>
        $"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>Foreign Minister Takeshi Iwaya said on Monday that \"{quote}\".</p></article></body></html>";

    private static string Rss2(bool withThird) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>NHK</title><link>http://example.org/</link><description>news</description>"
        + "<item><title>Iwaya meets Wang</title><link>/news/a1.html</link><pubDate>Mon, 13 Jan 2025 09:00:00 GMT</pubDate></item>"
        + "<item><title>Iwaya in Seoul</title><link>/news/a2.html</link><pubDate>Tue, 14 Jan 2025 09:00:00 GMT</pubDate></item>"
        + (withThird ? "<item><title>Iwaya in Manila</title><link>/news/a3.html</link><pubDate>Wed, 15 Jan 2025 09:00:00 GMT</pubDate></item>" : "")
        + "</channel></rss>";

    private const string Atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ministry</title><id>urn:x</id><updated>2025-01-16T00:00:00Z</updated>"
        + "<entry><title>Press conference</title><id>urn:e1</id><link href=\"/news/b1.html\"/><updated>2025-01-16T00:00:00Z</updated></entry></feed>";

    private const string Rss1 = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"x\"><title>Old feed</title></channel><item rdf:about=\"/news/c1.html\"><title>Statement</title><link>/news/c1.html</link><dc:date>2025-01-17T00:00:00Z</dc:date></item></rdf:RDF>";

    [Fact]
    public async Task New_items_are_stored_once_with_the_feeds_metadata_the_second_poll_is_conditional_and_failing_feeds_harm_no_other()
    {
        bool third = false;
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.MapGet("/rss2.xml", (HttpContext http) =>
            {
                string etag = third ? "\"v2\"" : "\"v1\"";
                if (http.Request.Headers.IfNoneMatch == etag)
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                http.Response.Headers.ETag = etag;
                return Results.Content(Rss2(third), "application/rss+xml");
            });
            app.MapGet("/atom.xml", () => Results.Content(Atom, "application/atom+xml"));
            app.MapGet("/rss1.xml", () => Results.Content(Rss1, "application/rdf+xml"));
            app.MapGet("/broken.xml", () => Results.Content("<rss><channel><item>", "application/rss+xml"));
            app.MapGet("/page-not-feed", () => Results.Content("<!DOCTYPE html><html><body><p>Not a feed</p></body></html>", "text/html"));
            app.MapGet("/failing.xml", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
            foreach ((string name, string title) in new[] { ("a1", "Iwaya meets Wang"), ("a2", "Iwaya in Seoul"), ("a3", "Iwaya in Manila"), ("b1", "Press conference"), ("c1", "Statement") })
            {
                app.MapGet($"/news/{name}.html", () => Results.Content(Page(title, $"{name} is stored"), "text/html"));
            }
        });
        using var app = new FeedApp(site);
        HttpClient client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);

        JsonElement status = await SettledAsync(client, expectedSources: 4);
        JsonElement[] feeds = status.GetProperty("feeds").EnumerateArray().ToArray();
        string ErrorOf(string path) => feeds.Single(f => f.GetProperty("url").GetString() == site.Url(path).AbsoluteUri).GetProperty("lastError").GetString() ?? "";
        Assert.Matches("^not a feed: it is not (well-formed XML|an RSS or Atom feed that can be read)", ErrorOf("/broken.xml"));
        Assert.Contains("an HTML page, not a feed", ErrorOf("/page-not-feed"));
        Assert.Contains("answered 500", ErrorOf("/failing.xml"));
        Assert.All(new[] { "/rss2.xml", "/atom.xml", "/rss1.xml" }, path => Assert.Equal("", ErrorOf(path)));

        await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
        {
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            var a1 = await db.Sources.Where(s => s.Url == site.Url("/news/a1.html").AbsoluteUri).Select(s => new { s.Title, s.Publisher, s.PublishedOn, s.Kind }).SingleAsync();
            Assert.Equal(new { Title = (string?)"Iwaya meets Wang", Publisher = (string?)"NHK World", PublishedOn = (DateOnly?)new DateOnly(2025, 1, 13), Kind = Ingestion.Model.SourceKind.Press }, a1);
            Assert.True(await db.Sources.AnyAsync(s => s.Url == site.Url("/news/b1.html").AbsoluteUri)); // Atom
            Assert.True(await db.Sources.AnyAsync(s => s.Url == site.Url("/news/c1.html").AbsoluteUri)); // RSS 1.0
        }

        // The feed changes; polled again, it is asked for with its ETag, and only the new item is queued.
        third = true;
        int rss2 = feeds.Single(f => f.GetProperty("url").GetString() == site.Url("/rss2.xml").AbsoluteUri).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/feeds/{rss2}/poll", null)).StatusCode);
        await SettledAsync(client, expectedSources: 5);
        // Unchanged since: the third poll is answered 304 and queues nothing.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/feeds/{rss2}/poll", null)).StatusCode);
        for (DateTime until = DateTime.UtcNow.AddSeconds(30); site.Requests.Count(r => r.Path == "/rss2.xml") < 3; await Task.Delay(200))
        {
            Assert.True(DateTime.UtcNow < until, "the third poll did not happen");
        }

        string?[] validators = site.Requests.Where(r => r.Path == "/rss2.xml").Select(r => r.IfNoneMatch).ToArray();
        Assert.Equal(new string?[] { null, "\"v1\"", "\"v2\"" }, validators);
        await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
        {
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            Assert.Equal(1, await db.IngestJobs.CountAsync(j => j.Url == site.Url("/news/a1.html").AbsoluteUri));
            Assert.Equal(1, await db.Sources.CountAsync(s => s.Url == site.Url("/news/a3.html").AbsoluteUri));
            Assert.Equal(1, site.Requests.Count(r => r.Path == "/news/a1.html"));
        }
    }

    // The status once every feed has been polled and the queue is idle with the expected number of feed sources stored.
    private static async Task<JsonElement> SettledAsync(HttpClient client, int expectedSources)
    {
        for (DateTime until = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(250))
        {
            JsonElement status = await client.GetFromJsonAsync<JsonElement>("/api/ingest/status");
            bool polled = status.GetProperty("feeds").EnumerateArray().All(f => f.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
            int stored = status.GetProperty("recent").EnumerateArray().Count(j => j.GetProperty("outcome").GetString() == "ingested");
            bool idle = status.GetProperty("waiting").GetInt32() == 0 && status.GetProperty("running").GetInt32() == 0;
            if (polled && idle && stored >= expectedSources)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < until, $"not settled: idle {idle}, stored {stored} of {expectedSources}; feeds {status.GetProperty("feeds")}");
        }
    }
}
