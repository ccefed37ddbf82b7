using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>
/// A feed the ingestion service follows (RSS or Atom): where it is, what its items are (publisher, kind), how
/// often it is polled, the validators for a conditional GET, and how its last poll went.
/// </summary>
public sealed class Feed
{
    public int Id { get; set; }

    public required string Url { get; set; }

    public string? Publisher { get; set; }

    public SourceKind? Kind { get; set; }

    public int PollSeconds { get; set; }

    /// <summary>Set from configuration (<c>Ingest:Feeds</c>) rather than on the admin page or the API.</summary>
    public bool FromConfiguration { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTime? LastPolledAt { get; set; }

    public DateTime NextPollAt { get; set; }

    public int LastNewItems { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }
}
