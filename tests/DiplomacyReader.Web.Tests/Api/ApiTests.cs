using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Api;

public sealed class ApiTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Csv_download_holds_exactly_the_filtered_statements()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=yoshimasa-hayashi");
        string csvUrl = page.QuerySelectorAll(".downloads a").Single(a => a.TextContent == "CSV").GetAttribute("href")!;
        Assert.Equal("/api/statements.csv?actor=yoshimasa-hayashi", csvUrl);

        HttpResponseMessage response = await app.CreateClient().GetAsync(csvUrl);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        string[] lines = (await response.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("Statement,Kind,Speaker,SpeakerRole", lines[0]);
        Assert.Equal(4 + 1, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Contains(",Yoshimasa Hayashi,Chief Cabinet Secretary,JP,", line));
    }

    [Fact]
    public async Task Json_statements_use_the_export_format_with_the_same_filters()
    {
        JsonElement root = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/statements?country=CN&kind=partial")).RootElement;
        JsonElement[] statements = root.GetProperty("sources").EnumerateArray().SelectMany(s => s.GetProperty("statements").EnumerateArray()).ToArray();
        Assert.NotEmpty(statements);
        Assert.All(statements, s =>
        {
            Assert.Equal("partial", s.GetProperty("kind").GetString());
            Assert.Contains("CN", s.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        });
        JsonElement source = root.GetProperty("sources")[0];
        int passage = statements[0].GetProperty("passage").GetInt32();
        Assert.Contains(source.GetProperty("passages").EnumerateArray(), p => p.GetProperty("index").GetInt32() == passage);
    }

    [Fact]
    public async Task Catalog_endpoints_list_sources_actors_topics_and_countries()
    {
        HttpClient client = app.CreateClient();
        JsonElement sources = await client.GetFromJsonAsync<JsonElement>("/api/sources?kind=transcript");
        Assert.Equal("001_08484923193f66f5.txt", Assert.Single(sources.EnumerateArray()).GetProperty("file").GetString());
        JsonElement actors = await client.GetFromJsonAsync<JsonElement>("/api/actors");
        JsonElement iwaya = actors.EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "takeshi-iwaya");
        Assert.Contains(iwaya.GetProperty("roles").EnumerateArray(), r => r.GetProperty("title").GetString() == "Minister for Foreign Affairs" && r.GetProperty("from").GetString() == "2024-10-01");
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/topics")).EnumerateArray(), t => t.GetProperty("slug").GetString() == "china");
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/countries")).EnumerateArray(), c => c.GetProperty("code").GetString() == "JP");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        JsonElement document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        JsonElement paths = document.GetProperty("paths");
        foreach (string path in new[] { "/api/statements", "/api/statements.csv", "/api/sources", "/api/sources/{slug}", "/api/actors", "/api/topics", "/api/countries" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }

        string[] parameters = paths.GetProperty("/api/statements").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Contains("country", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("q", parameters, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sources_come_in_pages_linked_by_the_next_header()
    {
        HttpClient client = app.CreateClient();
        var slugs = new List<string>();
        string? next = "/api/sources?limit=2";
        int pages = 0;
        while (next is not null)
        {
            HttpResponseMessage response = await client.GetAsync(next);
            JsonElement page = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(page.GetArrayLength() <= 2);
            slugs.AddRange(page.EnumerateArray().Select(s => s.GetProperty("slug").GetString()!));
            next = response.Headers.TryGetValues("Link", out IEnumerable<string>? links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "<([^>]+)>; rel=\"next\"").Groups[1].Value
                : null;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, slugs.Distinct().Count());
        Assert.Equal(slugs, (await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray().Select(s => s.GetProperty("slug").GetString()!));
    }
}
