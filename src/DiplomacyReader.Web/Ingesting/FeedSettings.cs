using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>A feed as configuration or the API gives it.</summary>
public sealed record FeedSetting(string Url, string? Publisher, SourceKind? Kind, TimeSpan PollInterval);

/// <summary>Feeds from configuration (<c>Ingest:Feeds:N:Url</c>, <c>…:Publisher</c>, <c>…:Kind</c>, <c>…:PollInterval</c>), kept in the store with the others.</summary>
public static class FeedSettings
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(15);

    /// <summary>No feed is polled more often than this: the sites it comes from are someone else's.</summary>
    public static readonly TimeSpan MinPollInterval = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<FeedSetting> Read(IConfiguration configuration) => configuration.GetSection("Ingest:Feeds").GetChildren()
        .Where(f => Uri.TryCreate(f["Url"], UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https")
        .Select(f => new FeedSetting(
            new Uri(f["Url"]!).AbsoluteUri,
            f["Publisher"] is { Length: > 0 } publisher ? publisher : null,
            Enum.TryParse(f["Kind"], ignoreCase: true, out SourceKind kind) ? kind : null,
            Clamp(TimeSpan.TryParse(f["PollInterval"], System.Globalization.CultureInfo.InvariantCulture, out TimeSpan interval) ? interval : DefaultPollInterval)))
        .ToList();

    public static TimeSpan Clamp(TimeSpan interval) => interval < MinPollInterval ? MinPollInterval : interval;

    /// <summary>Adds the configured feeds the store lacks and updates those it has; a feed is due at once when first added.</summary>
    public static async Task SyncAsync(DiplomacyDbContext db, IReadOnlyList<FeedSetting> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (FeedSetting setting in settings)
        {
            await AddOrUpdateAsync(db, setting, fromConfiguration: true, time, cancellationToken);
        }
    }

    public static async Task<Feed> AddOrUpdateAsync(DiplomacyDbContext db, FeedSetting setting, bool fromConfiguration, TimeProvider time, CancellationToken cancellationToken)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        Feed? feed = await db.Feeds.SingleOrDefaultAsync(f => f.Url == setting.Url, cancellationToken);
        if (feed is null)
        {
            feed = new Feed { Url = setting.Url, NextPollAt = now, CreatedAt = now };
            db.Feeds.Add(feed);
        }

        feed.Publisher = setting.Publisher;
        feed.Kind = setting.Kind;
        feed.PollSeconds = (int)Clamp(setting.PollInterval).TotalSeconds;
        feed.FromConfiguration |= fromConfiguration;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (db.Dialect.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear(); // another instance added it first
            feed = await db.Feeds.SingleAsync(f => f.Url == setting.Url, cancellationToken);
        }

        return feed;
    }
}
