using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Fetching;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>A feed as configuration, the API or the status page gives it.</summary>
public sealed record FeedSetting(string Url, string? Publisher, SourceKind? Kind, TimeSpan PollInterval)
{
    /// <summary>
    /// The feed these fields describe, or null when <paramref name="url"/> is no http or https address. A kind
    /// that names none is left to the pages; the interval defaults to <see cref="FeedSettings.DefaultPollInterval"/>
    /// and is at least <see cref="FeedSettings.MinPollInterval"/>.
    /// </summary>
    public static FeedSetting? From(string? url, string? publisher, string? kind, TimeSpan? pollInterval) =>
        WebAddress.Parse(url) is Uri address
            ? new FeedSetting(address.AbsoluteUri, string.IsNullOrWhiteSpace(publisher) ? null : publisher.Trim(),
                Enum.TryParse(kind, ignoreCase: true, out SourceKind k) ? k : null,
                FeedSettings.Clamp(pollInterval ?? FeedSettings.DefaultPollInterval))
            : null;
}

/// <summary>Feeds from configuration (<c>Ingest:Feeds:N:Url</c>, <c>…:Publisher</c>, <c>…:Kind</c>, <c>…:PollInterval</c>), kept in the store with the others.</summary>
public static class FeedSettings
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(15);

    /// <summary>No feed is polled more often than this: the sites it comes from are someone else's.</summary>
    public static readonly TimeSpan MinPollInterval = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<FeedSetting> Read(IConfiguration configuration) => configuration.GetSection("Ingest:Feeds").GetChildren()
        .Select(f => FeedSetting.From(f["Url"], f["Publisher"], f["Kind"],
            TimeSpan.TryParse(f["PollInterval"], System.Globalization.CultureInfo.InvariantCulture, out TimeSpan interval) ? interval : null))
        .OfType<FeedSetting>()
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
        feed.PollSeconds = (int)setting.PollInterval.TotalSeconds;
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
