using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>The pipeline the web app ingests uploads and seeds with, over the configured knowledge base.</summary>
public static class IngestionSetup
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadFileOrDefault(builder.Configuration["KnowledgeBase:Path"]);
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(IngestionPipeline.CreateDefault(knowledge));
        return builder;
    }
}
