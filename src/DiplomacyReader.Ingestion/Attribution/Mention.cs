using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>How a person is referred to.</summary>
public enum MentionKind
{
    /// <summary>By a name the knowledge base knows ("Iwaya", "Takeshi Iwaya").</summary>
    KnownName,
    /// <summary>By a name the knowledge base does not know, introduced with a title or description.</summary>
    NewName,
    /// <summary>By role alone ("the chief Cabinet secretary").</summary>
    Role,
    /// <summary>By "the minister", which fits any minister.</summary>
    AnyMinister,
    /// <summary>By a pronoun.</summary>
    Pronoun,
}

/// <summary>One reference to a person in a passage.</summary>
/// <param name="Span">Where it stands in the passage text.</param>
/// <param name="Kind">How the person is referred to.</param>
/// <param name="Actor">The known actor, for <see cref="MentionKind.KnownName"/>.</param>
/// <param name="Name">The name as written, for names.</param>
/// <param name="Role">The role named with it, if any.</param>
/// <param name="Country">The country qualifier given with the role ("Japanese", "U.S."), if any.</param>
/// <param name="Former">Whether the role was qualified as former.</param>
/// <param name="Title">The title as written ("Foreign Minister"), if any.</param>
public sealed record Mention(TextSpan Span, MentionKind Kind, ActorEntry? Actor, string? Name, RoleEntry? Role, string? Country, bool Former, string? Title)
{
    /// <summary>Whether this mention names a person rather than pointing back at one.</summary>
    public bool IsNamed => Kind is MentionKind.KnownName or MentionKind.NewName;
}
