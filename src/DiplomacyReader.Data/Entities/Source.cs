using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>One ingested document, with its original bytes kept unaltered.</summary>
public sealed class Source
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string FileName { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    /// <summary>For an aggregator, the outlet whose story it rewords (shown as "cites Kyodo"); it is not counted as that outlet's.</summary>
    public string? CitedPublisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary><see cref="PublishedOn"/>, or <see cref="DateOnly.MinValue"/> when undated: what lists sort by, through an index, the same on every provider (which disagree on where nulls sort).</summary>
    public DateOnly SortDate { get; set; }

    /// <summary>Who wrote it, as the page says ("Jane Doe and John Roe"), or null.</summary>
    public string? Byline { get; set; }

    /// <summary>The language tag the page declares ("en", "ja-JP"), or null.</summary>
    public string? Language { get; set; }

    public SourceKind Kind { get; set; }

    public SourceFormat Format { get; set; }

    /// <summary>SHA-256 of <see cref="OriginalBytes"/>; unique, so the same bytes are stored once.</summary>
    public required string ContentHash { get; set; }

    public required byte[] OriginalBytes { get; set; }

    /// <summary>The decoded text that passage offsets point into.</summary>
    public required string Text { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>The store's version its import committed as (<see cref="StoreVersion"/>); 0 for sources stored before versions were kept.</summary>
    public long Version { get; set; }

    /// <summary>
    /// The story this report belongs to: the id of the first stored source that reports the same event with
    /// the same paragraphs or quotes (see <c>Stories/StoryGrouper</c>); null while no other source does.
    /// </summary>
    public int? StoryId { get; set; }

    /// <summary>
    /// The id of the wire story this source republishes, paragraph for paragraph, or null. A plain column, not
    /// a foreign key: SQLite adds a key only by rebuilding the table, which a migration cannot do in a transaction.
    /// </summary>
    public int? CopyOfId { get; set; }

    public int? TranscriptSpeakerId { get; set; }

    public Actor? TranscriptSpeaker { get; set; }

    public List<Passage> Passages { get; set; } = [];

    public List<Statement> Statements { get; set; } = [];

    public List<Flag> Flags { get; set; } = [];

    public List<Actor> MentionedActors { get; set; } = [];

    public List<Country> Countries { get; set; } = [];

    public List<Topic> Topics { get; set; } = [];

    /// <summary>What to call the source when it has no title.</summary>
    public string DisplayTitle => Title ?? FileName;
}
