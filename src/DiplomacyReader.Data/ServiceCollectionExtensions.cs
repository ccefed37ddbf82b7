using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Knowledge;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>The SQLite file used when no connection string is configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/diplomacy-reader.db";

    /// <summary>
    /// Registers the store (SQLite at <paramref name="connectionString"/>), the importer and the queries. The
    /// host registers the <see cref="KnowledgeBase"/> and the <see cref="IngestionPipeline"/> it ingests with
    /// (see <c>AddIngestion</c> in each host): the store does not decide how documents are read.
    /// </summary>
    public static IServiceCollection AddDiplomacyReaderData(this IServiceCollection services, string? connectionString)
    {
        string connection = PrepareSqlite(connectionString ?? DefaultConnectionString);
        services.AddDbContext<DiplomacyDbContext>(options => options
            .UseSqlite(connection)
            // Migrations are hand-written without a model snapshot (docs/decisions/0002); a test proves
            // they build the model's schema, which is what this warning would otherwise check.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<StoredLinker>();
        services.AddScoped<SourceImporter>();
        services.AddScoped<KnowledgeBaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<FacetCache>();
        return services;
    }

    // SQLite creates the file but not its folder ("data/" on a fresh clone).
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
