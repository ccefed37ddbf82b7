using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queue;

/// <summary>
/// A document to queue: its name, its bytes, and what is known of it from outside; or, with
/// <paramref name="Refused"/>, one refused before it was queued (too large to keep), recorded as failed with that reason.
/// </summary>
public sealed record NewJob(string Origin, string FileName, byte[]? Content, Ingestion.Model.KnownFacts? Known = null, string? Refused = null);

/// <summary>
/// The durable ingestion queue, in the store. Any number of workers (in one app or several instances) take
/// jobs from it: a claim is one conditional update, so two workers never hold the same job; a claim is a
/// lease, so a job whose worker died is taken again when the lease runs out; a job stored twice that way is
/// a duplicate, since the store keeps each content hash once. A job that fails for a reason of the store's
/// (busy, gone) is retried with a growing backoff; a document the pipeline refuses fails at once.
/// </summary>
public sealed class IngestQueue(DiplomacyDbContext db, TimeProvider time)
{
    /// <summary>How long a claim holds before the job counts as abandoned.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a job that keeps failing for the store's reasons is given up.</summary>
    public const int MaxAttempts = 5;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Queues <paramref name="jobs"/> and returns their ids, in order.</summary>
    public async Task<IReadOnlyList<long>> EnqueueAsync(IEnumerable<NewJob> jobs, CancellationToken cancellationToken = default)
    {
        DateTime now = Now;
        List<IngestJob> added = jobs.Select(j => new IngestJob
        {
            Origin = j.Origin,
            FileName = j.FileName,
            Content = j.Content,
            Title = j.Known?.Title,
            Publisher = j.Known?.Publisher,
            Url = j.Known?.Url,
            Date = j.Known?.Date,
            Kind = j.Known?.Kind,
            State = j.Refused is null ? JobState.Waiting : JobState.Failed,
            Reason = j.Refused,
            FinishedAt = j.Refused is null ? null : now,
            NotBefore = now,
            CreatedAt = now,
        }).ToList();
        db.IngestJobs.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added.Select(j => j.Id).ToList();
    }

    /// <summary>The oldest job that may start now, claimed for this worker; null when there is none.</summary>
    public async Task<IngestJob?> ClaimAsync(CancellationToken cancellationToken = default)
    {
        for (int tries = 0; tries < 5; tries++)
        {
            DateTime now = Now;
            long? candidate = await db.IngestJobs.AsNoTracking()
                .Where(j => (j.State == JobState.Waiting && j.NotBefore <= now) || (j.State == JobState.Running && j.LeaseUntil < now))
                .OrderBy(j => j.State).ThenBy(j => j.NotBefore).ThenBy(j => j.Id)
                .Select(j => (long?)j.Id).FirstOrDefaultAsync(cancellationToken);
            if (candidate is not long id)
            {
                return null;
            }

            // Conditional: another worker may have claimed it since the read; then look again.
            DateTime leaseUntil = now + Lease;
            int claimed = await db.IngestJobs
                .Where(j => j.Id == id && ((j.State == JobState.Waiting && j.NotBefore <= now) || (j.State == JobState.Running && j.LeaseUntil < now)))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LeaseUntil, leaseUntil)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return await db.IngestJobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Records how the import of job <paramref name="id"/> ended; a stored job's bytes are dropped (the source keeps them).</summary>
    public async Task FinishAsync(long id, ImportResult result, CancellationToken cancellationToken = default)
    {
        JobState state = result.Outcome switch
        {
            ImportOutcome.Ingested => JobState.Stored,
            ImportOutcome.Duplicate => JobState.Duplicate,
            _ => JobState.Failed,
        };
        DateTime now = Now;
        IQueryable<IngestJob> job = db.IngestJobs.Where(j => j.Id == id);
        await job.ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.Reason, result.Reason)
            .SetProperty(j => j.SourceSlug, result.Slug)
            .SetProperty(j => j.Statements, result.Statements), cancellationToken);
        if (state != JobState.Failed)
        {
            await job.ExecuteUpdateAsync(set => set.SetProperty(j => j.Content, (byte[]?)null), cancellationToken); // a failed job keeps its bytes for a retry
        }
    }

    /// <summary>
    /// Job <paramref name="id"/> failed for a passing reason (the store busy): it waits 2^attempts × 5 s and
    /// runs again, or fails for good after <see cref="MaxAttempts"/>.
    /// </summary>
    public async Task RetryLaterAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        int attempts = await db.IngestJobs.Where(j => j.Id == id).Select(j => j.Attempts).SingleAsync(cancellationToken);
        DateTime now = Now;
        if (attempts >= MaxAttempts)
        {
            await db.IngestJobs.Where(j => j.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, JobState.Failed).SetProperty(j => j.LeaseUntil, (DateTime?)null).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Reason, $"gave up after {attempts} attempts: {reason}"), cancellationToken);
            return;
        }

        DateTime notBefore = now + TimeSpan.FromSeconds(5 * Math.Pow(2, attempts - 1));
        await db.IngestJobs.Where(j => j.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, JobState.Waiting).SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.NotBefore, notBefore).SetProperty(j => j.Reason, reason), cancellationToken);
    }

    /// <summary>Queues a failed job again, from its first attempt (the status page's retry button); false if it is not a failed job with its bytes or its address.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        DateTime now = Now;
        return await db.IngestJobs.Where(j => j.Id == id && j.State == JobState.Failed && (j.Content != null || j.Url != null))
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, JobState.Waiting).SetProperty(j => j.Attempts, 0).SetProperty(j => j.NotBefore, now)
                .SetProperty(j => j.FinishedAt, (DateTime?)null).SetProperty(j => j.Reason, (string?)null), cancellationToken) == 1;
    }

    /// <summary>The queue at a glance; "today" is the UTC day.</summary>
    public async Task<QueueStatus> StatusAsync(int recent = 50, CancellationToken cancellationToken = default)
    {
        DateTime today = Now.Date;
        var counts = await db.IngestJobs.AsNoTracking()
            .Where(j => j.State == JobState.Waiting || j.State == JobState.Running || j.State == JobState.Failed || j.FinishedAt >= today)
            .GroupBy(j => new { j.State, Today = j.FinishedAt >= today })
            .Select(g => new { g.Key.State, g.Key.Today, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(JobState state, bool? today = null) => counts.Where(c => c.State == state && (today is null || c.Today == today)).Sum(c => c.Count);

        List<JobView> failures = await db.IngestJobs.AsNoTracking().Where(j => j.State == JobState.Failed)
            .OrderByDescending(j => j.Id).Take(recent).Select(JobView.Projection).ToListAsync(cancellationToken);
        List<JobView> latest = await db.IngestJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(recent).Select(JobView.Projection).ToListAsync(cancellationToken);
        return new QueueStatus(Count(JobState.Waiting), Count(JobState.Running), Count(JobState.Failed), Count(JobState.Stored, true), Count(JobState.Duplicate, true), failures, latest);
    }

    /// <summary>The jobs with these ids, in the order given (a batch's progress).</summary>
    public async Task<IReadOnlyList<JobView>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        List<JobView> found = await db.IngestJobs.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(JobView.Projection).ToListAsync(cancellationToken);
        return found.OrderedAs(ids, j => j.Id);
    }
}
