namespace DiplomacyReader.Web.Tests.Infrastructure;

/// <summary>Rendered pages kept per state of the store: served again from memory, never stale after an import.</summary>
public sealed class StorePageCacheTests
{
    [Fact]
    public async Task A_page_read_again_comes_from_memory_until_a_new_source_is_stored()
    {
        using var app = new DiplomacyReaderApp();
        HttpClient client = app.CreateClient();

        HttpResponseMessage first = await client.GetAsync("/sources");
        HttpResponseMessage again = await client.GetAsync("/sources");
        Assert.False(first.Headers.Age.HasValue, "the first reading is rendered");
        Assert.True(again.Headers.Age.HasValue, "the second reading must be served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());

        byte[] file = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "tests", "gold", "g01_wire_rubio_talks.txt"));
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60") { Content = new MultipartFormDataContent { { new ByteArrayContent(file), "files", "rubio.txt" } } };
        upload.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        Assert.True((await client.SendAsync(upload)).IsSuccessStatusCode);

        HttpResponseMessage after = await client.GetAsync("/sources");
        Assert.False(after.Headers.Age.HasValue, "a new source makes every kept page old");
        Assert.Equal(5, Rows(await again.Content.ReadAsStringAsync()));
        Assert.Equal(6, Rows(await after.Content.ReadAsStringAsync()));
    }

    private static int Rows(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("table.data tbody tr").Length;

    [Theory]
    [InlineData("/ingest")]
    [InlineData("/api/ingest/status")]
    public async Task Pages_that_change_without_a_new_source_are_never_kept(string url)
    {
        using var app = new DiplomacyReaderApp();
        HttpClient client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);

        await client.GetAsync(url);
        HttpResponseMessage again = await client.GetAsync(url);

        Assert.False(again.Headers.Age.HasValue, $"{url} must be rendered for each request");
    }
}
