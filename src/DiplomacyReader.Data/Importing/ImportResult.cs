namespace DiplomacyReader.Data.Importing;

/// <summary>What happened to one file.</summary>
public enum ImportOutcome
{
    /// <summary>Stored.</summary>
    Ingested,
    /// <summary>The same bytes were already stored; nothing changed.</summary>
    Duplicate,
    /// <summary>Refused; nothing changed.</summary>
    Failed,
}

/// <summary>The result of importing one file.</summary>
public sealed record ImportResult(string FileName, ImportOutcome Outcome, string? Slug = null, string? Reason = null, int Statements = 0, int Links = 0)
{
    /// <summary>The store, not the document, failed (busy, gone, full): the same file may well be stored on a later try.</summary>
    public bool StoreFailed { get; init; }

    /// <summary>One line for a person reading a log.</summary>
    public override string ToString() => Outcome switch
    {
        ImportOutcome.Ingested => $"ingested  {FileName} → {Slug} ({Statements} statements, {Links} links)",
        ImportOutcome.Duplicate => $"duplicate {FileName} (already stored as {Slug})",
        _ => $"failed    {FileName}: {Reason}",
    };
}
