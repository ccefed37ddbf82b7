using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacyReader.Web.Tests.Pages.Ingest;

public sealed class IngestPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static string DevPage(string name) => Path.Combine(SharedData.ReadabilityPages, name, "source.html");

    private async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string key, params (string Name, byte[] Bytes)[] files)
    {
        IHtmlDocument form = new HtmlParser().ParseDocument(await client.GetStringAsync("/ingest"));
        string token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(key), "key" },
        };
        foreach ((string name, byte[] bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await client.PostAsync("/ingest", content);
    }

    [SharedDataFact]
    public async Task The_form_stores_each_file_and_reports_each_outcome()
    {
        HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        HttpResponseMessage response = await PostFormAsync(client, DiplomacyReaderApp.AdminKey,
            ("bbc.html", await File.ReadAllBytesAsync(DevPage("bbc-1"))),
            ("empty.txt", []),
            ("000_fb6d619591c2ab4c.txt", await File.ReadAllBytesAsync(RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // after the redirect
        IHtmlDocument page = await DiplomacyReaderApp.FinishedUploadAsync(client, response);
        string[] outcomes = page.QuerySelectorAll("#upload-results tbody tr").Select(r => r.Children[0].TextContent + ":" + r.Children[1].TextContent).ToArray();
        Assert.Equal(["bbc.html:ingested", "empty.txt:failed", "000_fb6d619591c2ab4c.txt:duplicate"], outcomes);
        string slug = page.QuerySelector("#upload-results tbody tr a")!.TextContent;
        IHtmlDocument source = await app.GetPageAsync("/sources/" + slug);
        Assert.Equal("Obama admits US gun laws are his 'biggest frustration'", source.QuerySelector("h1")!.TextContent);
        Assert.Contains("President Barack Obama has admitted that his failure to pass", source.QuerySelector(".reader-body")!.TextContent);
    }

    [SharedDataFact]
    public async Task A_wrong_key_is_refused_and_nothing_is_stored()
    {
        HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        HttpResponseMessage response = await PostFormAsync(client, "wrong", ("cnn.html", await File.ReadAllBytesAsync(DevPage("cnn"))));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain((await app.GetPageAsync("/sources")).QuerySelectorAll("tbody a"), a => a.TextContent.Contains("CNN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var content = new MultipartFormDataContent { { new StringContent(DiplomacyReaderApp.AdminKey), "key" }, { new ByteArrayContent("Iwaya said so."u8.ToArray()), "files", "a.txt" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().PostAsync("/ingest", content)).StatusCode);
    }

    [SharedDataFact]
    public async Task The_json_endpoint_takes_the_key_in_a_header()
    {
        HttpClient client = app.CreateClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(DevPage("wapo-1"))), "files", "wapo.html" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/ingest", content)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60") { Content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(DevPage("wapo-1"))), "files", "wapo.html" } } };
        request.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        HttpResponseMessage response = await client.SendAsync(request);
        JsonElement result = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("ingested", result.GetProperty("outcome").GetString());
        Assert.Equal("wapo.html", result.GetProperty("file").GetString());
    }
}
