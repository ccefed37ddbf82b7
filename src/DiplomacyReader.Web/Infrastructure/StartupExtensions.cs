using DiplomacyReader.Data;

namespace DiplomacyReader.Web.Infrastructure;

public static class StartupExtensions
{
    /// <summary>Listens on <paramref name="url"/> unless --urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        bool configured = !string.IsNullOrEmpty(builder.Configuration["urls"])
            || !string.IsNullOrEmpty(builder.Configuration["http_ports"])
            || !string.IsNullOrEmpty(builder.Configuration["https_ports"]);
        if (!configured)
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }

    /// <summary>Applies migrations, loads the knowledge base and, into an empty store, the seed corpus; starts reading the statement index.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        string? seeds = SeedFolder(app.Configuration["Seeds:Folder"], app.Environment.ContentRootPath);
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seeds);
        // Read while the app starts listening: until it is held, the statements page asks the database.
        app.Services.GetRequiredService<Data.Queries.Columns.StatementIndex>().BeginLoading();
    }

    // "seeds" is relative to where the app was started; from a build folder, look upwards for the repository's.
    private static string? SeedFolder(string? configured, string contentRoot)
    {
        if (string.IsNullOrEmpty(configured) || Path.IsPathRooted(configured))
        {
            return configured;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return configured;
    }
}
