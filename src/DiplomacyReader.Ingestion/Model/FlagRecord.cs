namespace DiplomacyReader.Ingestion.Model;

/// <summary>A reliability warning on a source or one of its passages.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="PassageIndex">The passage concerned, or null for the whole source.</param>
/// <param name="Message">One sentence a reader understands.</param>
public sealed record FlagRecord(FlagKind Kind, int? PassageIndex, string Message);
