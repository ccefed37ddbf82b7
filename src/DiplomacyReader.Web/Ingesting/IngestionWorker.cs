using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Queue;
using DiplomacyReader.Fetching;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>
/// The background ingestion service: takes jobs from the durable queue (<see cref="IngestQueue"/>) one at a
/// time, fetches the page of a job that is an address, and stores each through the importer. A document the pipeline refuses fails with its reason; a store
/// that fails under a job (busy, gone) has the job retried later. Jobs survive a restart: a job left running
/// by a killed instance is taken again when its lease runs out, and stored once.
/// </summary>
public sealed class IngestionWorker(IServiceScopeFactory scopes, JobSignal signal, PoliteFetcher fetcher, ILogger<IngestionWorker> logger) : BackgroundService
{
    /// <summary>How often the queue is looked at when nothing woke the worker (other instances' jobs, retries).</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await RunNextAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store itself is unreachable: wait a poll and look again.
                logger.LogWarning(e, "The ingestion queue could not be read");
                worked = false;
            }

            if (!worked)
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
        }
    }

    /// <summary>Runs one job if one is waiting; false when the queue had none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        IngestQueue queue = scope.ServiceProvider.GetRequiredService<IngestQueue>();
        IngestJob? job = await queue.ClaimAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        byte[]? content = job.Content;
        KnownFacts? known = job.Known;
        string fileName = job.FileName;
        if (content is null && job.Url is string address)
        {
            // A page to fetch (a pasted address, a feed's item): fetched here, under the fetcher's rules, and
            // known by the address it was finally served from.
            FetchResult page = await fetcher.FetchAsync(new Uri(address), cancellationToken: cancellationToken);
            if (!page.Succeeded)
            {
                string reason = $"{address}: {page.Failure}";
                await (page.Transient ? queue.RetryLaterAsync(job.Id, reason, CancellationToken.None) : queue.FinishAsync(job.Id, new ImportResult(fileName, ImportOutcome.Failed, Reason: reason), CancellationToken.None));
                return true;
            }

            content = page.Bytes;
            known = (known ?? new KnownFacts()) with { Url = page.FinalUrl.AbsoluteUri };
        }

        if (content is null)
        {
            await queue.FinishAsync(job.Id, new ImportResult(fileName, ImportOutcome.Failed, Reason: "the job has no content to ingest."), cancellationToken);
            return true;
        }

        ImportResult result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<SourceImporter>().ImportAsync(new SourceInput(fileName, content, known), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result = new ImportResult(job.FileName, ImportOutcome.Failed, Reason: $"the store failed under it ({e.GetBaseException().Message}).") { StoreFailed = true };
        }

        if (cancellationToken.IsCancellationRequested && result.Outcome == ImportOutcome.Failed)
        {
            // The app is stopping: a failure now may be the stop itself (a cancelled read reported as a fault),
            // not the document's. The job goes back to the queue for this instance's successor or another.
            logger.LogInformation("Job {Job} ({File}) goes back to the queue: the app stopped under it", job.Id, job.FileName);
            await queue.RetryLaterAsync(job.Id, "the app stopped while it was being ingested", CancellationToken.None);
        }
        else if (result.StoreFailed)
        {
            logger.LogWarning("Job {Job} ({File}) will be retried: {Reason}", job.Id, job.FileName, result.Reason);
            await queue.RetryLaterAsync(job.Id, result.Reason ?? "the store failed", CancellationToken.None);
        }
        else
        {
            await queue.FinishAsync(job.Id, result, CancellationToken.None);
        }

        return true;
    }
}
