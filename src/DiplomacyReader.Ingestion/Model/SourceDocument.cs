namespace DiplomacyReader.Ingestion.Model;

/// <summary>Everything the pipeline derived from one source.</summary>
public sealed record SourceDocument
{
    /// <summary>The input's file name.</summary>
    public required string FileName { get; init; }
    /// <summary>The original bytes, unaltered.</summary>
    public required byte[] OriginalBytes { get; init; }
    /// <summary>SHA-256 of the original bytes, lower-case hex.</summary>
    public required string ContentHash { get; init; }
    /// <summary>The decoded original text; passage spans point into it.</summary>
    public required string Text { get; init; }
    /// <summary>The format the document was read as.</summary>
    public required SourceFormat Format { get; init; }
    /// <summary>Title, or null when none was found.</summary>
    public string? Title { get; init; }
    /// <summary>Publisher, or null.</summary>
    public string? Publisher { get; init; }
    /// <summary>For an aggregator: the outlet whose story it rewords ("Kyodo"), which is not its publisher; otherwise null.</summary>
    public string? CitedPublisher { get; init; }
    /// <summary>Who wrote it ("Jane Doe and John Roe"), or null.</summary>
    public string? Byline { get; init; }
    /// <summary>The language tag the document declares ("en", "ja-JP"), or null.</summary>
    public string? Language { get; init; }
    /// <summary>Canonical URL, or null.</summary>
    public string? Url { get; init; }
    /// <summary>Publication date, or null.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Kind of document.</summary>
    public SourceKind Kind { get; init; }
    /// <summary>For a transcript: its speaker.</summary>
    public ActorRef? TranscriptSpeaker { get; init; }
    /// <summary>Ordered passages.</summary>
    public IReadOnlyList<PassageRecord> Passages { get; init; } = [];
    /// <summary>Statements, in reading order.</summary>
    public IReadOnlyList<StatementRecord> Statements { get; init; } = [];
    /// <summary>Actors mentioned anywhere in the article text or its tag lines.</summary>
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];
    /// <summary>ISO codes of countries mentioned.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>Slugs of topics covered.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Reliability warnings.</summary>
    public IReadOnlyList<FlagRecord> Flags { get; init; } = [];
}
