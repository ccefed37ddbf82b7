using DiplomacyReader.Fetching;

namespace DiplomacyReader.Web.Ingesting;

public static class IngestionServiceSetup
{
    /// <summary>The background ingestion service and what wakes it.</summary>
    public static WebApplicationBuilder AddIngestionService(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton(FetchRulesFrom(builder.Configuration));
        builder.Services.AddSingleton(services => new PoliteFetcher(services.GetRequiredService<FetchRules>(), TimeProvider.System));
        builder.Services.AddHostedService<IngestionWorker>();
        builder.Services.AddHostedService<InboxWatcher>(); // idle unless Ingest:Inbox names a folder
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddHostedService(services => services.GetRequiredService<FeedPoller>());
        return builder;
    }

    /// <summary><c>Ingest:Fetch:Timeout</c>, <c>…:DelayPerHost</c> (TimeSpans) and <c>…:MaxBytes</c> override <see cref="FetchRules.Default"/>.</summary>
    public static FetchRules FetchRulesFrom(IConfiguration configuration)
    {
        FetchRules rules = FetchRules.Default;
        return rules with
        {
            Timeout = configuration.GetValue("Ingest:Fetch:Timeout", rules.Timeout),
            DelayPerHost = configuration.GetValue("Ingest:Fetch:DelayPerHost", rules.DelayPerHost),
            MaxBytes = configuration.GetValue("Ingest:Fetch:MaxBytes", rules.MaxBytes),
        };
    }
}
