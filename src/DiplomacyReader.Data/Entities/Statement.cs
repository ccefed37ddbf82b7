using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>Something an actor said, as one source reports it.</summary>
public sealed class Statement
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public int PassageId { get; set; }

    public Passage Passage { get; set; } = null!;

    /// <summary>The statement's id within its source ("s3"), as in the export.</summary>
    public required string Key { get; set; }

    /// <summary>Reading order within the source.</summary>
    public int Ordinal { get; set; }

    /// <summary>The source's <see cref="Source.SortDate"/>, kept here so that the statements list's first page in date order is read from one index, not sorted from a join.</summary>
    public DateOnly SortDate { get; set; }

    public StatementKind Kind { get; set; }

    public required string Text { get; set; }

    public string? Quote { get; set; }

    /// <summary>A hash of the quote's words, for quotes long enough to be told apart (see <c>Stories/Fingerprint</c>); null otherwise.</summary>
    public long? QuoteFingerprint { get; set; }

    public string? Cue { get; set; }

    public int? SpeakerId { get; set; }

    public Actor? Speaker { get; set; }

    /// <summary>The speaker's role at the time, as resolved when the statement was extracted.</summary>
    public string? SpeakerRole { get; set; }

    /// <summary>Start offset within the passage text.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public List<Country> Countries { get; set; } = [];

    public List<Topic> Topics { get; set; } = [];

    public List<Link> Links { get; set; } = [];
}
