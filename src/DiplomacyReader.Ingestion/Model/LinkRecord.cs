namespace DiplomacyReader.Ingestion.Model;

/// <summary>A press statement tied to the transcript passage it reports.</summary>
/// <param name="StatementId">The statement's id within its source.</param>
/// <param name="SourceFile">The file of the statement's source.</param>
/// <param name="TargetFile">The transcript's file.</param>
/// <param name="TargetPassage">The transcript passage's index.</param>
/// <param name="Fidelity">How faithful the rendering is.</param>
/// <param name="Score">Similarity between 0 and 1.</param>
public sealed record LinkRecord(string StatementId, string SourceFile, string TargetFile, int TargetPassage, Fidelity Fidelity, double Score);
