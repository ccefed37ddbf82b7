using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>
/// One document waiting to be ingested, being ingested, or done: an uploaded file with its bytes, or (later)
/// a page to fetch. Jobs live in the store so that they survive a restart; see <see cref="Queue.IngestQueue"/>.
/// </summary>
public sealed class IngestJob
{
    public long Id { get; set; }

    /// <summary>Where the job came from: "upload", "api", "inbox", "feed", "url".</summary>
    public required string Origin { get; set; }

    /// <summary>The file name the document is known by (for a page, the name derived from its URL).</summary>
    public required string FileName { get; set; }

    /// <summary>The document's bytes, until it is stored (then dropped: the source keeps the original).</summary>
    public byte[]? Content { get; set; }

    /// <summary>What is known of the document from outside it (a manifest's fields, a feed item's).</summary>
    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? Date { get; set; }

    public SourceKind? Kind { get; set; }

    public JobState State { get; set; }

    /// <summary>How many times the job has been started.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be started before this (UTC): a retry waits out its backoff.</summary>
    public DateTime NotBefore { get; set; }

    /// <summary>While running, until when the worker that claimed it holds it (UTC); a job whose lease ran out was abandoned and is taken again.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>Why it failed, or why its last attempt did.</summary>
    public string? Reason { get; set; }

    /// <summary>The stored source (its slug), once stored or found to be a duplicate.</summary>
    public string? SourceSlug { get; set; }

    public int Statements { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public KnownFacts? Known => Title is null && Publisher is null && Url is null && Date is null && Kind is null
        ? null
        : new KnownFacts(Title, Publisher, Url, Date, Kind);
}

/// <summary>Where a job is.</summary>
public enum JobState
{
    /// <summary>Queued, or waiting out a retry's backoff.</summary>
    Waiting,
    /// <summary>Claimed by a worker.</summary>
    Running,
    /// <summary>Stored as a new source.</summary>
    Stored,
    /// <summary>The same bytes were already stored.</summary>
    Duplicate,
    /// <summary>Refused (with its reason), or out of retries.</summary>
    Failed,
}
