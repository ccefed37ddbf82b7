using DiplomacyReader.Data;
using Microsoft.EntityFrameworkCore;
using DiplomacyReader.Data.Queue;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Ingesting;
using DiplomacyReader.Web.Pages.Ingest;

namespace DiplomacyReader.Web.Api;

/// <summary>POST /api/ingest: multipart files, the admin key in the X-Admin-Key header; one job per file, queued.</summary>
public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest", async (HttpRequest request, int? wait, UploadIngestion uploads, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    return Results.Problem("Send the files as multipart/form-data.", statusCode: StatusCodes.Status400BadRequest);
                }

                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(cancellationToken);
                }
                catch (Exception e) when (RequestBodyErrors.StatusOf(e) is int status and < 500)
                {
                    return Results.Problem($"The multipart body could not be read: {e.Message}", statusCode: status, instance: request.Path);
                }

                IReadOnlyList<long> ids = [
                    .. await uploads.EnqueueAsync(form.Files, "api", cancellationToken),
                    .. await uploads.EnqueueUrlsAsync(form["urls"].OfType<string>(), "url", UploadIngestion.KnownFrom(form), cancellationToken),
                ];
                IReadOnlyList<JobView> jobs = await uploads.WaitAsync(ids, TimeSpan.FromSeconds(Math.Max(0, wait ?? 0)), cancellationToken);
                object body = jobs.Select(JobJson);
                return jobs.All(j => j.IsFinished) ? Results.Ok(body) : Results.Accepted(null, body);
            })
            .RequireAdminKey()
            // The key travels in a header, not a cookie, so there is no cross-site request to forge.
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadIngestion.MaxRequestBytes))
            .WithTags("Ingest").WithSummary("Queue uploaded documents and addresses to fetch (files, urls; title, publisher, date, kind for the addresses; admin key in X-Admin-Key): 202 with one job each, or with ?wait=SECONDS (up to 120) 200 once all have ended");

        app.MapGet("/api/ingest/jobs/{id:long}", async (long id, IngestQueue queue, CancellationToken cancellationToken) =>
                (await queue.FindAsync([id], cancellationToken)).SingleOrDefault() is JobView job ? Results.Ok(JobJson(job)) : Results.NotFound())
            .RequireAdminKey()
            .WithTags("Ingest").WithSummary("One ingestion job: its state, and once ended its outcome (admin key in X-Admin-Key)");

        app.MapGet("/api/ingest/status", async (IngestQueue queue, DiplomacyDbContext db, CancellationToken cancellationToken) =>
            {
                QueueStatus status = await queue.StatusAsync(cancellationToken: cancellationToken);
                return Results.Ok(new
                {
                    waiting = status.Waiting,
                    running = status.Running,
                    failed = status.Failed,
                    storedToday = status.StoredToday,
                    duplicateToday = status.DuplicateToday,
                    recentFailures = status.RecentFailures.Select(JobJson),
                    recent = status.Recent.Select(JobJson),
                    feeds = (await db.Feeds.AsNoTracking().OrderBy(f => f.Url).ToListAsync(cancellationToken)).Select(FeedEndpoints.Json),
                });
            })
            .RequireAdminKey()
            .WithTags("Ingest").WithSummary("The ingestion queue at a glance, as /ingest/status shows it (admin key in X-Admin-Key)");
        return app;
    }

    private static object JobJson(JobView job) => new
    {
        id = job.Id,
        file = job.FileName,
        outcome = JobOutcome.Name(job.State),
        slug = job.SourceSlug,
        reason = job.Reason,
        statements = job.Statements,
        status = $"/api/ingest/jobs/{job.Id}",
    };
}
