namespace DiplomacyReader.Ingestion;

/// <summary>A document the pipeline refuses, with the file and the reason in the message.</summary>
public sealed class IngestionException(string fileName, string reason, Exception? cause = null) : Exception($"{fileName}: {reason}", cause)
{
    /// <summary>The input's file name.</summary>
    public string FileName { get; } = fileName;

    /// <summary>Why the document was refused, as a reader would say it.</summary>
    public string Reason { get; } = reason;

    /// <summary>Whether a reader or step failed on the document (a bug to report) rather than the document being unreadable.</summary>
    public bool IsFault { get; init; }
}
