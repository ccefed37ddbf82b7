using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>
/// One block as a reader found it, before classification. <paramref name="Hint"/> carries what the format
/// itself says (an HTML &lt;h2&gt;, a Markdown table); null leaves the kind to the classifier.
/// </summary>
public sealed record RawBlock(TextSpan Span, string Text, PassageKind? Hint = null);
