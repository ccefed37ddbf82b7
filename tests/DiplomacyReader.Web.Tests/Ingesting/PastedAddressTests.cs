using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiplomacyReader.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The app with quick fetch rules, so that a slow page is a slow page within a test's time.</summary>
public sealed class QuickFetchApp : DiplomacyReaderApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:Fetch:Timeout", "00:00:02");
        builder.UseSetting("Ingest:Fetch:DelayPerHost", "00:00:00.100");
        builder.UseSetting("Ingest:Fetch:MaxBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Addresses pasted into the API: each page fetched under the rules, by a real site on a loopback port.</summary>
public sealed class PastedAddressTests(QuickFetchApp app) : IClassFixture<QuickFetchApp>
{
    private const string Article = "<!DOCTYPE html><html><head><title>Iwaya meets Wang</title></head><body><article><h1>Iwaya meets Wang</h1>"
        + "<p>Foreign Minister Takeshi Iwaya said on Monday that Japan and China \"agreed to keep talking\" about the East China Sea.</p></article></body></html>";

    private static Task<TestSite> SiteAsync() => TestSite.StartAsync(site =>
    {
        site.MapGet("/news/iwaya-wang.html", () => Results.Content(Article, "text/html"));
        site.MapGet("/short/1", () => Results.Redirect("/news/iwaya-wang.html"));
        site.MapGet("/loop", () => Results.Redirect("/loop"));
        site.MapGet("/gone", () => Results.NotFound());
        site.MapGet("/huge.html", () => Results.Content("<html><body><p>" + new string('a', 2 * 1024 * 1024) + "</p></body></html>", "text/html"));
        site.MapGet("/slow.html", async (CancellationToken stop) => { await Task.Delay(TimeSpan.FromSeconds(20), stop); return Results.Content(Article, "text/html"); });
    });

    private async Task<JsonElement[]> PasteAsync(string wait, params string[] urls)
    {
        var form = new MultipartFormDataContent();
        foreach (string url in urls)
        {
            form.Add(new StringContent(url), "urls");
        }

        form.Add(new StringContent("Kyodo"), "publisher");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ingest?wait={wait}") { Content = form };
        request.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        return (await (await app.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
    }

    [Fact]
    public async Task A_pasted_address_is_fetched_through_its_redirect_and_stored_with_its_final_url_and_the_fields_given()
    {
        await using TestSite site = await SiteAsync();

        JsonElement job = (await PasteAsync("60", site.Url("/short/1").AbsoluteUri)).Single();

        Assert.Equal("ingested", job.GetProperty("outcome").GetString());
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        var source = await scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>().Sources
            .Where(s => s.Slug == job.GetProperty("slug").GetString()).Select(s => new { s.Url, s.Publisher, s.Title }).SingleAsync();
        Assert.Equal(site.Url("/news/iwaya-wang.html").AbsoluteUri, source.Url);
        Assert.Equal("Kyodo", source.Publisher);
        Assert.Equal("Iwaya meets Wang", source.Title);
        Assert.All(site.Requests, r => Assert.StartsWith("DiplomacyReader/", r.UserAgent));
    }

    [Fact]
    public async Task Pages_that_cannot_be_had_fail_with_the_reason_and_a_slow_one_waits_for_a_retry()
    {
        await using TestSite site = await SiteAsync();

        JsonElement[] jobs = await PasteAsync("6", site.Url("/gone").AbsoluteUri, site.Url("/loop").AbsoluteUri, site.Url("/huge.html").AbsoluteUri, "ftp://example.org/file.txt", site.Url("/slow.html").AbsoluteUri);

        string[] outcomes = jobs.Select(j => j.GetProperty("outcome").GetString() + ": " + j.GetProperty("reason").GetString()).ToArray();
        Assert.Contains("answered 404", outcomes[0]);
        Assert.Contains("more than 5 redirects", outcomes[1]);
        Assert.Contains("above the 1 MB limit", outcomes[2].Replace("larger than the 1 MB limit", "above the 1 MB limit"));
        Assert.StartsWith("failed: not an http or https address", outcomes[3]);
        Assert.Matches("^(waiting|running): ", outcomes[4]); // a timeout may pass: the job waits out its backoff, then runs again
        Assert.Contains("no answer within 2 s", outcomes[4]);
        Assert.All(outcomes[..3], o => Assert.StartsWith("failed: ", o));
    }
}
