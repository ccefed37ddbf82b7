using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Infrastructure;

/// <summary>Issue 15's findings on the web side, each closed: what a request contains cannot mislead the app.</summary>
public sealed class WebSmallPrintTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static async Task<string> TokenAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync("/ingest")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> PostApiAsync(HttpClient client, string? key, params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach ((string name, byte[] bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60") { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_admin_key_in_the_query_string_is_not_accepted()
    {
        HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client)), "__RequestVerificationToken" },
            { new ByteArrayContent("Foreign Minister Takeshi Iwaya said the query-string key must not work."u8.ToArray()), "files", "query-key.txt" },
        };

        HttpResponseMessage response = await client.PostAsync($"/ingest?key={DiplomacyReaderApp.AdminKey}", content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("query-key", await client.GetStringAsync("/api/sources"));
    }

    [Fact]
    public async Task Absolute_links_never_come_from_the_host_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statements.csv");
        request.Headers.Host = "evil.example";
        string csv = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains(",/statements/", csv); // relative: neither a base URL nor host filtering is configured
        Assert.DoesNotContain("evil.example", csv);
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        HttpResponseMessage stored = await PostApiAsync(app.CreateClient(), DiplomacyReaderApp.AdminKey,
            ("formula.txt", "Foreign Minister Takeshi Iwaya said on Tuesday: \"=HYPERLINK(1) is not policy.\"\n\nHe added: \"@SUM(1+1) is not policy either,\" in Tokyo.\n"u8.ToArray()));

        string[] rows = (await app.CreateClient().GetStringAsync("/api/statements.csv")).Split('\n').Where(r => r.Contains(",formula.txt,", StringComparison.Ordinal)).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, r => r.Contains(",\"'=HYPERLINK(1) is not policy\",", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",\"'@SUM(1+1) is not policy either\",", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(",=", StringComparison.Ordinal) || r.Contains(",@", StringComparison.Ordinal) || r.Contains(",\"=", StringComparison.Ordinal) || r.Contains(",\"@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_statements_api_answers_a_page_at_a_time_and_names_the_next()
    {
        HttpClient client = app.CreateClient();
        HttpResponseMessage first = await client.GetAsync("/api/statements?limit=40");
        string[] firstKeys = await KeysAsync(first);
        Assert.Equal(40, firstKeys.Length);
        string next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Matches("^</api/statements\\?after=[0-9]{8}\\.[0-9]+\\.[0-9]+&limit=40>; rel=\"next\"$", next);

        var seen = new List<string>(firstKeys);
        for (string? url = next[1..next.IndexOf('>')]; url is not null;)
        {
            HttpResponseMessage page = await client.GetAsync(url);
            seen.AddRange(await KeysAsync(page));
            url = page.Headers.TryGetValues("Link", out var link) ? link.Single()[1..link.Single().IndexOf('>')] : null;
        }

        HttpResponseMessage capped = await client.GetAsync("/api/statements?limit=100000");
        Assert.True((await KeysAsync(capped)).Length <= 1_000);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(105, seen.Count); // every seed statement once, over three pages

        static async Task<string[]> KeysAsync(HttpResponseMessage response) =>
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sources").EnumerateArray()
                .SelectMany(s => s.GetProperty("statements").EnumerateArray().Select(st => s.GetProperty("slug").GetString() + "#" + st.GetProperty("id").GetString()))
                .ToArray();
    }

    [Fact]
    public async Task The_actors_api_pages_by_name_and_the_pages_add_up_to_the_whole_list()
    {
        HttpClient client = app.CreateClient();
        string[] whole = (await client.GetFromJsonAsync<JsonElement>("/api/actors")).EnumerateArray().Select(a => a.GetProperty("slug").GetString()!).ToArray();

        var paged = new List<string>();
        for (string? url = "/api/actors?limit=3"; url is not null;)
        {
            HttpResponseMessage page = await client.GetAsync(url);
            string[] slugs = (await page.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("slug").GetString()!).ToArray();
            Assert.InRange(slugs.Length, 1, 3);
            paged.AddRange(slugs);
            url = page.Headers.TryGetValues("Link", out var link) ? link.Single()[1..link.Single().IndexOf('>')] : null;
        }

        Assert.True(whole.Length > 6, $"the seeds name {whole.Length} actors");
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task A_request_the_server_cannot_read_is_answered_with_its_status_and_a_problem_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new StringContent("--broken\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nIwaya", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=broken");
        request.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);

        HttpResponseMessage response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/api/ingest", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Hostile_files_between_good_ones_in_one_upload_leave_every_good_file_stored_and_reported()
    {
        HttpResponseMessage response = await PostApiAsync(app.CreateClient(), DiplomacyReaderApp.AdminKey,
            ("good-1.txt", "Foreign Minister Takeshi Iwaya said on Monday that \"the first good file\" must be stored."u8.ToArray()),
            ("crasher.txt", "* \"\n f"u8.ToArray()),
            ("bomb.md", Encoding.UTF8.GetBytes(new string('>', 10_000) + " Iwaya said")),
            ("deep.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 5_000)))),
            ("good-2.txt", "Foreign Minister Takeshi Iwaya said on Tuesday that \"the last good file\" must be stored too."u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Select(r => r.GetProperty("file").GetString() + ":" + r.GetProperty("outcome").GetString()).ToArray();
        Assert.Equal(["good-1.txt:ingested", "crasher.txt:ingested", "bomb.md:failed", "deep.html:failed", "good-2.txt:ingested"], outcomes);
    }

    [Fact]
    public async Task Two_hundred_files_in_one_upload_are_all_reported_after_the_redirect()
    {
        HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client)), "__RequestVerificationToken" },
            { new StringContent(DiplomacyReaderApp.AdminKey), "key" },
        };
        for (int i = 0; i < 200; i++)
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Foreign Minister Takeshi Iwaya said on day {i} that \"talks continue\".")), "files", $"batch-{i:000}.txt");
        }

        HttpResponseMessage response = await client.PostAsync("/ingest", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IHtmlDocument page = await DiplomacyReaderApp.FinishedUploadAsync(client, response);
        string[] rows = page.QuerySelectorAll("#upload-results tbody tr").Select(r => r.Children[0].TextContent + ":" + r.Children[1].TextContent).ToArray();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"batch-{i:000}.txt:ingested"), rows);
    }
}

/// <summary>Wrong admin keys are counted per client and, past the allowance, refused unchecked.</summary>
public sealed class AdminKeyRateLimitTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Past_ten_wrong_keys_a_client_is_answered_429_even_with_the_right_key()
    {
        HttpClient client = app.CreateClient();
        for (int i = 0; i < DiplomacyReader.Web.Infrastructure.AdminKeyGuard.FailuresAllowed; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, $"guess-{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client, "guess-11")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client, DiplomacyReaderApp.AdminKey)).StatusCode);

        static Task<HttpResponseMessage> PostAsync(HttpClient client, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new MultipartFormDataContent { { new ByteArrayContent("Iwaya said so."u8.ToArray()), "files", "a.txt" } } };
            request.Headers.Add("X-Admin-Key", key);
            return client.SendAsync(request);
        }
    }
}

/// <summary>Absolute links from the configured public base URL.</summary>
public sealed class PublicBaseUrlApp : DiplomacyReaderApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:PublicBaseUrl", "https://reader.example.org/");
    }
}

public sealed class PublicBaseUrlTests(PublicBaseUrlApp app) : IClassFixture<PublicBaseUrlApp>
{
    [Fact]
    public async Task Csv_permalinks_and_citations_use_the_configured_base_url()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statements.csv");
        request.Headers.Host = "evil.example";
        string csv = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
        IHtmlDocument list = await app.GetPageAsync("/statements?actor=yoshimasa-hayashi&kind=direct");
        string permalink = list.QuerySelector("li.statement-item .statement-links a")!.GetAttribute("href")!;
        IHtmlDocument statement = await app.GetPageAsync(permalink);

        Assert.Contains(",https://reader.example.org/statements/", csv);
        Assert.DoesNotContain("evil.example", csv);
        Assert.EndsWith($" https://reader.example.org{permalink}", statement.QuerySelector("pre#cite-quote")!.TextContent);
    }
}

/// <summary>What a real server (Kestrel, not the in-memory test server) sends and refuses.</summary>
public sealed class RealServerTests : IDisposable
{
    private readonly DiplomacyReaderApp _app = new();
    private readonly string _baseUrl;

    public RealServerTests()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");
    }

    [Fact]
    public async Task No_server_banner_and_a_permissions_policy()
    {
        using var client = new HttpClient();

        HttpResponseMessage response = await client.GetAsync(_baseUrl + "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "the Server header names Kestrel");
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task An_upload_past_the_request_limit_is_answered_413_with_a_problem_body()
    {
        // By hand over a socket: the server answers as soon as it sees the length and closes the connection,
        // and HttpClient, still sending, reports the broken pipe instead of the answer a browser would show.
        var address = new Uri(_baseUrl);
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        using System.Net.Sockets.NetworkStream stream = socket.GetStream();
        const string boundary = "limit";
        string head = $"POST /api/ingest HTTP/1.1\r\nHost: {address.Authority}\r\nX-Admin-Key: {DiplomacyReaderApp.AdminKey}\r\n"
            + $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {70 * 1024 * 1024}\r\nConnection: close\r\n\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.txt\"\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(new byte[64 * 1024]);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        string answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.StartsWith("HTTP/1.1 413", answer);
        Assert.Contains("application/problem+json", answer);
    }

    public void Dispose() => _app.Dispose();
}
