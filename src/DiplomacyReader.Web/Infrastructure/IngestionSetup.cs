using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>The pipeline the web app ingests uploads and seeds with, over the configured knowledge base and limits.</summary>
public static class IngestionSetup
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadFileOrDefault(builder.Configuration["KnowledgeBase:Path"]);
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(new IngestionPipelineBuilder(knowledge).UseDefaults().WithLimits(Limits(builder.Configuration)).Build());
        return builder;
    }

    /// <summary>
    /// <c>Ingest:TimePerMegabyte</c> and <c>Ingest:MinimumTime</c> (TimeSpans such as <c>00:00:05</c>) override
    /// the time a document may take (<see cref="IngestionLimits.Default"/>).
    /// </summary>
    public static IngestionLimits Limits(IConfiguration configuration)
    {
        IngestionLimits limits = IngestionLimits.Default;
        return limits with
        {
            TimePerMegabyte = configuration.GetValue("Ingest:TimePerMegabyte", limits.TimePerMegabyte),
            MinimumTime = configuration.GetValue("Ingest:MinimumTime", limits.MinimumTime),
        };
    }
}
