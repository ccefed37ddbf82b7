using System.Linq.Expressions;
using DiplomacyReader.Data.Entities;

namespace DiplomacyReader.Data.Queue;

/// <summary>A job as the status page and the API show it (without its bytes).</summary>
public sealed record JobView(long Id, string Origin, string FileName, JobState State, int Attempts, string? Reason, string? SourceSlug, int Statements, DateTime CreatedAt, DateTime? FinishedAt)
{
    public static readonly Expression<Func<IngestJob, JobView>> Projection =
        j => new JobView(j.Id, j.Origin, j.FileName, j.State, j.Attempts, j.Reason, j.SourceSlug, j.Statements, j.CreatedAt, j.FinishedAt);

    /// <summary>Whether the job has ended (stored, duplicate or failed).</summary>
    public bool IsFinished => State is JobState.Stored or JobState.Duplicate or JobState.Failed;

    /// <summary>"waiting", "running", "stored", "duplicate", "failed".</summary>
    public string StateName => State.ToString().ToLowerInvariant();
}

/// <summary>The queue at a glance: what waits, what runs, what failed and why, what ended today.</summary>
public sealed record QueueStatus(int Waiting, int Running, int Failed, int StoredToday, int DuplicateToday, IReadOnlyList<JobView> RecentFailures, IReadOnlyList<JobView> Recent);
