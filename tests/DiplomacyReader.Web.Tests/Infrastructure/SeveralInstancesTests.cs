using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Infrastructure;

/// <summary>
/// Two app instances on one PostgreSQL database, as the docker-compose file runs them: nothing that must be
/// shared lives in one process only.
/// </summary>
public sealed class SeveralInstancesTests
{
    [PostgresFact]
    public async Task Instances_started_together_migrate_and_seed_once_share_new_sources_and_store_a_file_once()
    {
        using TestDatabase store = TestDatabase.OnPostgres(TestDatabase.PostgresServer!);
        using var first = DiplomacyReaderApp.On(store);
        using var second = DiplomacyReaderApp.On(store);

        HttpClient[] clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient)); // both start, migrate and seed at once
        Assert.Equal(5, (await second.GetPageAsync("/sources")).QuerySelectorAll("table.data tbody tr").Length);
        int before = await TotalAsync(second);

        byte[] file = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "tests", "gold", "g01_wire_rubio_talks.txt"));
        string[] outcomes = await Task.WhenAll(clients.Select(client => UploadAsync(client, file)));

        Assert.Equal(["duplicate", "ingested"], outcomes.Order());
        Assert.Equal(6, (await second.GetPageAsync("/sources")).QuerySelectorAll("table.data tbody tr").Length);
        Assert.True(await TotalAsync(first) > before, "the new source's statements must reach the counts of both instances");
        Assert.Equal(await TotalAsync(first), await TotalAsync(second));
    }

    private static async Task<int> TotalAsync(DiplomacyReaderApp app)
    {
        IHtmlDocument page = await app.GetPageAsync("/statements");
        return int.Parse(page.QuerySelector(".result-count")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60") { Content = new MultipartFormDataContent { { new ByteArrayContent(file), "files", "rubio.txt" } } };
        request.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        HttpResponseMessage response = await client.SendAsync(request);
        JsonElement result = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        return result.GetProperty("outcome").GetString()!;
    }
}
