using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>A reliability warning on a source or one of its passages.</summary>
public sealed class Flag
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public int? PassageId { get; set; }

    public Passage? Passage { get; set; }

    public FlagKind Kind { get; set; }

    public required string Message { get; set; }

    /// <summary>For a quote-not-found flag: the transcript the quote was looked for in.</summary>
    public int? RelatedSourceId { get; set; }
}
