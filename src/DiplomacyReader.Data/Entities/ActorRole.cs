namespace DiplomacyReader.Data.Entities;

/// <summary>A role an actor held from <see cref="From"/> until <see cref="To"/> (exclusive; null while in office or unknown).</summary>
public sealed class ActorRole
{
    public int Id { get; set; }

    public int ActorId { get; set; }

    public Actor Actor { get; set; } = null!;

    public required string Title { get; set; }

    public string? CountryCode { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
