using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DiplomacyReader.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests;

/// <summary>
/// The real app over real HTTP (in memory), on a database of its own (a SQLite file in a fresh temp folder,
/// or a fresh PostgreSQL database when the run names a server: <see cref="TestDatabase"/>), started the way
/// `dotnet run` starts it: migrations applied and the seed corpus ingested into the empty store.
/// </summary>
public class DiplomacyReaderApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    public DiplomacyReaderApp()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>An instance on a store another instance also runs on, as several app instances share one PostgreSQL database.</summary>
    public static DiplomacyReaderApp On(TestDatabase shared) => new(shared, ownsDatabase: false); // xUnit fixtures allow one public constructor

    private DiplomacyReaderApp(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The admin key uploads need in tests.</summary>
    public const string AdminKey = "test-admin-key";

    /// <summary>The store this app instance owns.</summary>
    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _database.Settings.ConnectionString);
        builder.UseSetting("Seeds:Folder", RepositoryPaths.Seeds);
        builder.UseSetting("Ingest:AdminKey", AdminKey);
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        HttpResponseMessage response = await CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The upload page after a POST's redirect, once every job of the batch has ended: the page shows them
    /// waiting or running first and looks again by itself; a test looks again until they are done.
    /// </summary>
    public static async Task<IHtmlDocument> FinishedUploadAsync(HttpClient client, HttpResponseMessage afterRedirect)
    {
        Uri batch = afterRedirect.RequestMessage!.RequestUri!;
        IHtmlDocument page = new HtmlParser().ParseDocument(await afterRedirect.Content.ReadAsStringAsync());
        for (DateTime until = DateTime.UtcNow.AddMinutes(2); page.QuerySelector("tr.result-waiting, tr.result-running") is not null;)
        {
            Assert.True(DateTime.UtcNow < until, "the batch's jobs did not end within two minutes");
            await Task.Delay(200);
            page = new HtmlParser().ParseDocument(await client.GetStringAsync(batch));
        }

        return page;
    }

    public async Task<string> SlugOfAsync(string fileName)
    {
        using IServiceScope scope = Services.CreateScope();
        DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
        return await db.Sources.Where(s => s.FileName == fileName).Select(s => s.Slug).SingleAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }
}
