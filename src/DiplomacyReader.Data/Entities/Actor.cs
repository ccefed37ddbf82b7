namespace DiplomacyReader.Data.Entities;

/// <summary>A person or body, with roles held over time.</summary>
public sealed class Actor
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>"person" or "body".</summary>
    public required string Kind { get; set; }

    public string? CountryCode { get; set; }

    /// <summary>The knowledge-base key; null for people first met in a text.</summary>
    public string? KnowledgeBaseKey { get; set; }

    public List<string> Aliases { get; set; } = [];

    /// <summary>The knowledge base's names in the person's own script and reading (岩屋毅, いわや たけし), for search.</summary>
    public List<string> NativeNames { get; set; } = [];

    public List<ActorRole> Roles { get; set; } = [];

    public List<Statement> Statements { get; set; } = [];

    public List<Source> MentionedIn { get; set; } = [];
}
