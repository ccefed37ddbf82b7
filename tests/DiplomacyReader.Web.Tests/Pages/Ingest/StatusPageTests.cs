using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacyReader.Web.Tests.Pages.Ingest;

public sealed class StatusPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector(formSelector)!;
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task The_queue_is_shown_after_the_key_with_failed_jobs_and_their_reasons_and_a_retry()
    {
        HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x00]), "files", "photo.txt" } },
        };
        upload.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        long job = (await (await client.SendAsync(upload)).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt64();

        IHtmlDocument signIn = new HtmlParser().ParseDocument(await client.GetStringAsync("/ingest/status"));
        Assert.Null(signIn.QuerySelector("#queue-counts")); // nothing before the key
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, signIn, "#sign-in", ("key", "wrong"))).StatusCode);
        HttpResponseMessage signedIn = await PostAsync(client, signIn, "#sign-in", ("key", DiplomacyReaderApp.AdminKey));

        IHtmlDocument status = new HtmlParser().ParseDocument(await signedIn.Content.ReadAsStringAsync());
        var rows = status.QuerySelectorAll("#failed-jobs tbody tr").ToList();
        var failed = rows.Single(r => r.Children[0].TextContent == job.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("photo.txt", failed.Children[1].TextContent);
        Assert.Contains("binary data", failed.Children[3].TextContent);

        HttpResponseMessage retried = await PostAsync(client, status, $"#failed-jobs tbody tr:nth-child({rows.IndexOf(failed) + 1}) form");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        using var asJson = new HttpRequestMessage(HttpMethod.Get, $"/api/ingest/jobs/{job}");
        asJson.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        JsonElement again = await (await client.SendAsync(asJson)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(again.GetProperty("outcome").GetString(), new[] { "waiting", "running", "failed" }); // queued again; it fails again, for the same reason
    }

    [Fact]
    public async Task The_status_as_json_needs_the_key()
    {
        HttpClient client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/ingest/status")).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ingest/status");
        request.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        JsonElement status = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(status.GetProperty("waiting").GetInt32() >= 0);
        Assert.Equal(JsonValueKind.Array, status.GetProperty("recent").ValueKind);
    }
}
