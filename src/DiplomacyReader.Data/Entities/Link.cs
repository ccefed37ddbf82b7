using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Entities;

/// <summary>A press statement tied to the transcript passage it reports.</summary>
public sealed class Link
{
    public int Id { get; set; }

    public int StatementId { get; set; }

    public Statement Statement { get; set; } = null!;

    public int TargetPassageId { get; set; }

    public Passage TargetPassage { get; set; } = null!;

    public Fidelity Fidelity { get; set; }

    public double Score { get; set; }
}
