using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queue;
using DiplomacyReader.Fetching;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>
/// Polls the feeds the store follows, each at its interval: a conditional GET (ETag, Last-Modified), then a
/// job for each item whose link was never queued, with the feed's metadata (title, date, publisher, kind);
/// the worker fetches and stores the pages. A feed that fails (a timeout, a 500, XML that does not parse,
/// HTML where a feed was expected) is marked with its last error and polled again at its next turn; it never
/// stops the others. Instances share the feeds: a poll is claimed by one conditional update, as jobs are.
/// </summary>
public sealed class FeedPoller(IServiceScopeFactory scopes, PoliteFetcher fetcher, JobSignal signal, TimeProvider time, IConfiguration configuration, ILogger<FeedPoller> logger) : BackgroundService
{
    /// <summary>How often the poller looks for feeds whose turn has come.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            await FeedSettings.SyncAsync(scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>(), FeedSettings.Read(configuration), time, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The configured feeds could not be saved");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PollNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Polling the feeds failed");
            }

            await Task.Delay(Tick, time, stoppingToken);
        }
    }

    /// <summary>Polls one feed whose turn has come; false when none is due.</summary>
    public async Task<bool> PollNextAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
        DateTime now = time.GetUtcNow().UtcDateTime;
        Feed? feed = await db.Feeds.AsNoTracking().Where(f => f.NextPollAt <= now).OrderBy(f => f.NextPollAt).FirstOrDefaultAsync(cancellationToken);
        if (feed is null)
        {
            return false;
        }

        // Claimed by moving its next turn on; another instance that read it too now finds it not due.
        DateTime next = now.AddSeconds(feed.PollSeconds);
        if (await db.Feeds.Where(f => f.Id == feed.Id && f.NextPollAt == feed.NextPollAt).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, next), cancellationToken) != 1)
        {
            return true;
        }

        (int newItems, string? error, string? etag, string? lastModified) result;
        try
        {
            result = await PollAsync(db, scope.ServiceProvider.GetRequiredService<IngestQueue>(), feed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong is this feed's last error; the others are polled all the same.
            logger.LogWarning(e, "Polling {Feed} failed", feed.Url);
            result = (0, $"the poll failed ({e.GetType().Name}: {e.Message}).", feed.ETag, feed.LastModified);
        }

        (int newItems, string? error, string? etag, string? lastModified) = result;
        await db.Feeds.Where(f => f.Id == feed.Id).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.LastPolledAt, now)
            .SetProperty(f => f.LastNewItems, newItems)
            .SetProperty(f => f.LastError, error)
            .SetProperty(f => f.ETag, etag)
            .SetProperty(f => f.LastModified, lastModified), cancellationToken);
        if (newItems > 0)
        {
            signal.Wake();
        }

        return true;
    }

    private async Task<(int NewItems, string? Error, string? ETag, string? LastModified)> PollAsync(DiplomacyDbContext db, IngestQueue queue, Feed feed, CancellationToken cancellationToken)
    {
        FetchResult fetched = await fetcher.FetchAsync(new Uri(feed.Url), feed.ETag, feed.LastModified, cancellationToken);
        if (!fetched.Succeeded)
        {
            return (0, fetched.Failure, feed.ETag, feed.LastModified);
        }

        if (fetched.NotModified)
        {
            return (0, null, fetched.ETag ?? feed.ETag, fetched.LastModified ?? feed.LastModified);
        }

        IReadOnlyList<FeedItem> items;
        try
        {
            items = FeedReader.Read(fetched.Bytes!, fetched.FinalUrl);
        }
        catch (FormatException e)
        {
            return (0, $"not a feed: {e.Message}", null, null);
        }

        string[] links = items.Select(i => i.Link.AbsoluteUri).Distinct().ToArray();
        HashSet<string> queued = (await db.IngestJobs.AsNoTracking().Where(j => j.Url != null && links.Contains(j.Url)).Select(j => j.Url!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        NewJob[] jobs = items.Where(i => !queued.Contains(i.Link.AbsoluteUri)).DistinctBy(i => i.Link.AbsoluteUri)
            .Select(i => new NewJob("feed", PageNames.For(i.Link), null, new KnownFacts(i.Title, feed.Publisher, i.Link.AbsoluteUri, i.Published, feed.Kind)))
            .ToArray();
        if (jobs.Length > 0)
        {
            await queue.EnqueueAsync(jobs, cancellationToken);
        }

        return (jobs.Length, null, fetched.ETag, fetched.LastModified);
    }
}
