namespace DiplomacyReader.Web.Ingesting;

public static class IngestingSetup
{
    /// <summary>The background ingestion service and what wakes it.</summary>
    public static WebApplicationBuilder AddIngestionService(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddHostedService<IngestionWorker>();
        builder.Services.AddHostedService<InboxWatcher>(); // idle unless Ingest:Inbox names a folder
        return builder;
    }
}
