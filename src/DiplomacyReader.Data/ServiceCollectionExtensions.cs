using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Knowledge;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Data.Storage.Postgres;
using DiplomacyReader.Data.Storage.Sqlite;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store (on the database <paramref name="settings"/> name), the importer and the queries.
    /// The host registers the <see cref="KnowledgeBase"/> and the <see cref="IngestionPipeline"/> it ingests with
    /// (see <c>AddIngestion</c> in each host): the store does not decide how documents are read.
    /// </summary>
    public static IServiceCollection AddDiplomacyReaderData(this IServiceCollection services, StoreSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<DiplomacyDbContext, PostgresStoreContext>(options => StoreContextOptions.UsePostgres(options, settings.ConnectionString));
                break;
            default:
                services.AddDbContext<DiplomacyDbContext, SqliteStoreContext>(options => StoreContextOptions.UseSqlite(options, settings.ConnectionString));
                break;
        }

        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<StoredLinker>();
        services.AddScoped<Stories.StoryGrouper>();
        services.AddScoped<SourceImporter>();
        services.AddScoped<Queue.IngestQueue>();
        services.AddScoped<KnowledgeBaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Queries.Columns.StatementIndex>();
        services.AddSingleton<FacetCache>();
        return services;
    }
}
