namespace DiplomacyReader.Data.Entities;

/// <summary>A country, keyed by its ISO 3166 alpha-2 code.</summary>
public sealed class Country
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<string> Names { get; set; } = [];

    public List<string> Demonyms { get; set; } = [];

    public List<string> Capitals { get; set; } = [];

    public List<Statement> Statements { get; set; } = [];

    public List<Source> Sources { get; set; } = [];
}
