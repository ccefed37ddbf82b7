namespace DiplomacyReader.Ingestion.Reading;

/// <summary>
/// Thrown by a reader for a document it will not read (nested deeper than it can follow, say); the pipeline
/// names the file and refuses it with this reason.
/// </summary>
public sealed class RefusedDocumentException(string reason) : Exception(reason);
