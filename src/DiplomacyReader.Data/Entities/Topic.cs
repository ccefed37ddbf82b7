namespace DiplomacyReader.Data.Entities;

/// <summary>A topic of the taxonomy.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public List<string> Keywords { get; set; } = [];

    public List<Statement> Statements { get; set; } = [];

    public List<Source> Sources { get; set; } = [];
}
