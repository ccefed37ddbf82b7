using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>An ordered block of a source.</summary>
public sealed class Passage
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    /// <summary>Position in the source's passage list.</summary>
    public int Index { get; set; }

    public PassageKind Kind { get; set; }

    public string? Section { get; set; }

    /// <summary>Start offset in the source's decoded text.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    /// <summary>A hash of the paragraph's words, for paragraphs long enough to be told apart (see <c>Stories/Fingerprint</c>); null otherwise.</summary>
    public long? Fingerprint { get; set; }

    public List<Statement> Statements { get; set; } = [];
}
