namespace DiplomacyReader.Ingestion.Model;

/// <summary>An ordered block of a source.</summary>
/// <param name="Index">Position in the source's passage list.</param>
/// <param name="Kind">What the block is.</param>
/// <param name="Section">The text of the nearest heading above it, if any.</param>
/// <param name="Span">Where the block stands in the decoded original text.</param>
/// <param name="Text">The block's text, normalised (markup removed, wrapped lines joined).</param>
public sealed record PassageRecord(int Index, PassageKind Kind, string? Section, TextSpan Span, string Text);
