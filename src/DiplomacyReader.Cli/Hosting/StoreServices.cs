using DiplomacyReader.Data;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyReader.Cli.Hosting;

/// <summary>The services of the commands that write a store: the pipeline over a knowledge base, and the store.</summary>
public static class StoreServices
{
    /// <summary>The store in the SQLite file <paramref name="databaseFile"/>, fed by the default pipeline over the knowledge base at <paramref name="knowledgeBasePath"/> (the embedded one when null).</summary>
    public static ServiceProvider Build(string databaseFile, string? knowledgeBasePath = null)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadFileOrDefault(knowledgeBasePath);
        return new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(knowledge)
            .AddSingleton(IngestionPipeline.CreateDefault(knowledge))
            .AddDiplomacyReaderData($"Data Source={databaseFile}")
            .BuildServiceProvider();
    }
}
