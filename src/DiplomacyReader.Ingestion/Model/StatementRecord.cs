namespace DiplomacyReader.Ingestion.Model;

/// <summary>Something an actor said, as found in one passage.</summary>
/// <param name="Id">Identifier unique within the source ("s1", "s2", …).</param>
/// <param name="PassageIndex">The passage the statement stands in.</param>
/// <param name="Kind">How the statement reports the words.</param>
/// <param name="Text">The whole sentence.</param>
/// <param name="Quote">The quoted words, without quotation marks; null for indirect and official statements.</param>
/// <param name="Cue">The cue verb ("said", "told", "expressed concern"), if any.</param>
/// <param name="Speaker">The speaker, or null when it could not be resolved.</param>
/// <param name="Span">The sentence's range within the passage text.</param>
/// <param name="Countries">ISO codes of countries the sentence mentions.</param>
/// <param name="Topics">Slugs of the topics the sentence touches.</param>
public sealed record StatementRecord(
    string Id,
    int PassageIndex,
    StatementKind Kind,
    string Text,
    string? Quote,
    string? Cue,
    ActorRef? Speaker,
    TextSpan Span,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics);
