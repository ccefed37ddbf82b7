namespace DiplomacyReader.Ingestion.Model;

/// <summary>One document handed to the pipeline: its file name and its bytes, untouched.</summary>
/// <param name="FileName">The input's file name; used for format hints and error messages.</param>
/// <param name="Bytes">The original bytes.</param>
/// <param name="Known">Facts known from outside the document (a manifest entry), or null.</param>
public sealed record SourceInput(string FileName, byte[] Bytes, KnownFacts? Known = null);

/// <summary>
/// What a curator already knows about a document. Each non-null value takes precedence over what the pipeline
/// would derive, and feeds the later steps (a known date decides who "the prime minister" is).
/// </summary>
public sealed record KnownFacts(string? Title = null, string? Publisher = null, string? Url = null, DateOnly? Date = null, SourceKind? Kind = null);
