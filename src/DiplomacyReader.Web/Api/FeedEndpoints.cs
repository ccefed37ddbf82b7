using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Ingesting;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>/api/feeds: the feeds the ingestion service follows, listed, added and removed behind X-Admin-Key.</summary>
public static class FeedEndpoints
{
    public sealed record FeedRequest(string? Url, string? Publisher, string? Kind, string? PollInterval);

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder feeds = app.MapGroup("/api/feeds").WithTags("Ingest")
            // The key travels in a header, not a cookie, so there is no cross-site request to forge.
            .DisableAntiforgery()
            .RequireAdminKey();

        feeds.MapGet("/", async (DiplomacyDbContext db, CancellationToken cancellationToken) =>
                Results.Ok((await db.Feeds.AsNoTracking().OrderBy(f => f.Url).ToListAsync(cancellationToken)).Select(Json)))
            .WithSummary("The feeds followed, with each one's last poll, new items and last error");

        feeds.MapPost("/", async (FeedRequest request, DiplomacyDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            {
                TimeSpan? interval = TimeSpan.TryParse(request.PollInterval, System.Globalization.CultureInfo.InvariantCulture, out TimeSpan parsed) ? parsed : null;
                if (FeedSetting.From(request.Url, request.Publisher, request.Kind, interval) is not FeedSetting setting)
                {
                    return Results.Problem("\"url\" must be an http or https address.", statusCode: StatusCodes.Status400BadRequest);
                }

                Feed feed = await FeedSettings.AddOrUpdateAsync(db, setting, fromConfiguration: false, time, cancellationToken);
                return Results.Created($"/api/feeds/{feed.Id}", Json(feed));
            })
            .WithSummary("Follow a feed: {url, publisher?, kind?, pollInterval? (a TimeSpan, at least 00:01:00)}");

        feeds.MapPost("/{id:int}/poll", async (int id, DiplomacyDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
                await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, time.GetUtcNow().UtcDateTime), cancellationToken) == 1
                    ? Results.Accepted($"/api/feeds") : Results.NotFound())
            .WithSummary("Poll a feed now rather than at its next turn");

        feeds.MapDelete("/{id:int}", async (int id, DiplomacyDbContext db, CancellationToken cancellationToken) =>
                await db.Feeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) == 1 ? Results.NoContent() : Results.NotFound())
            .WithSummary("Stop following a feed (what it brought stays stored)");
        return app;
    }

    public static object Json(Feed feed) => new
    {
        id = feed.Id,
        url = feed.Url,
        publisher = feed.Publisher,
        kind = feed.Kind is SourceKind k ? ExportMapping.Name(k) : null,
        pollInterval = TimeSpan.FromSeconds(feed.PollSeconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        fromConfiguration = feed.FromConfiguration,
        lastPolledAt = feed.LastPolledAt,
        nextPollAt = feed.NextPollAt,
        lastNewItems = feed.LastNewItems,
        lastError = feed.LastError,
    };
}
