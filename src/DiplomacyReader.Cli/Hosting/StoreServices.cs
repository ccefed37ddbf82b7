using DiplomacyReader.Data;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyReader.Cli.Hosting;

/// <summary>The services of the commands that write a store: the pipeline over a knowledge base, and the store.</summary>
public static class StoreServices
{
    /// <summary>
    /// The store a command works on: the SQLite file <paramref name="databaseFile"/> when one is named
    /// (<c>--db</c>), else what the environment configures as for the web app (<c>Database__Provider</c>,
    /// <c>ConnectionStrings__Default</c>), else the default SQLite file.
    /// </summary>
    public static StoreSettings Settings(string? databaseFile) => databaseFile is not null
        ? StoreSettings.SqliteFile(databaseFile)
        : StoreSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>The store <paramref name="settings"/> name, fed by the default pipeline over the knowledge base at <paramref name="knowledgeBasePath"/> (the embedded one when null).</summary>
    public static ServiceProvider Build(StoreSettings settings, string? knowledgeBasePath = null)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadFileOrDefault(knowledgeBasePath);
        return new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(knowledge)
            .AddSingleton(IngestionPipeline.CreateDefault(knowledge))
            .AddDiplomacyReaderData(settings)
            .BuildServiceProvider();
    }
}
