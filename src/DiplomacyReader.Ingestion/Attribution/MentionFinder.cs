using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>Finds the people a passage refers to: known names, titled new names, roles, "the minister", pronouns.</summary>
public sealed partial class MentionFinder(KnowledgeIndex knowledge)
{
    /// <summary>
    /// All mentions in <paramref name="text"/>, in order, without overlaps. In a title-case headline every
    /// word is capitalised, so <paramref name="allowNewNames"/> false keeps "Prime Minister Emphasizes Ties"
    /// from being read as a person.
    /// </summary>
    public IReadOnlyList<Mention> Find(string text, bool allowNewNames = true)
    {
        var mentions = new List<Mention>();
        var roles = knowledge.Roles.Matches(text).ToList();

        foreach (Match name in knowledge.ActorNames.Matches(text))
        {
            Match? title = roles.FirstOrDefault(r => r.Index + r.Length <= name.Index && IsAdjacent(text, r.Index + r.Length, name.Index));
            int start = title?.Index ?? name.Index;
            mentions.Add(WithRole(new Mention(new TextSpan(start, name.Index + name.Length), MentionKind.KnownName, knowledge.ActorByAlias(name.Value), name.Value, null, null, false, null), title));
        }

        foreach (Match role in roles)
        {
            int end = role.Index + role.Length;
            if (mentions.Any(m => Overlaps(m.Span, role.Index, end)))
            {
                continue;
            }

            Match newName = end + 1 < text.Length && text[end] == ' ' ? CapitalisedName().Match(text, end + 1) : Match.Empty;
            if (allowNewNames && newName.Success && newName.Index == end + 1 && !IsKnownWord(newName.Value))
            {
                mentions.Add(WithRole(new Mention(new TextSpan(role.Index, newName.Index + newName.Length), MentionKind.NewName, null, newName.Value, null, null, false, null), role));
                continue;
            }

            mentions.Add(WithRole(new Mention(new TextSpan(role.Index, end), MentionKind.Role, null, null, null, null, false, null), role));
        }

        foreach (Match other in OtherReferences().Matches(text))
        {
            if (mentions.Any(m => Overlaps(m.Span, other.Index, other.Index + other.Length)))
            {
                continue;
            }

            MentionKind kind = other.Groups["minister"].Success ? MentionKind.AnyMinister : MentionKind.Pronoun;
            mentions.Add(new Mention(new TextSpan(other.Index, other.Index + other.Length), kind, null, null, null, null, false, null));
        }

        return mentions.OrderBy(m => m.Span.Start).ToArray();
    }

    private Mention WithRole(Mention mention, Match? role)
    {
        if (role is null)
        {
            return mention;
        }

        string? qualifier = role.Groups["qualifier"].Success ? role.Groups["qualifier"].Value.Trim() : null;
        return mention with
        {
            Role = knowledge.RoleByAlias(role.Groups["role"].Value),
            Country = qualifier is null ? null : knowledge.CountryCode(qualifier),
            Former = role.Groups["former"].Success && role.Groups["former"].Value.Trim().ToLowerInvariant() is "former" or "ex-" or "then-",
            Title = role.Groups["role"].Value,
        };
    }

    private bool IsKnownWord(string name) =>
        knowledge.CountryCode(name) is not null || name.Split(' ')[0] is "The" or "Japan" or "Government" or "Ministry" or "Office" or "State" or "Affairs" or "Minister";

    private static bool IsAdjacent(string text, int end, int start) =>
        start - end <= 2 && text.AsSpan(end, start - end).IsWhiteSpace();

    private static bool Overlaps(TextSpan span, int start, int end) => start < span.End && end > span.Start;

    // Two or three capitalised words: a personal name introduced by a title ("Ambassador Rahm Emanuel").
    [GeneratedRegex(@"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?![\p{L}])")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"\b(?<minister>[Tt]he (?:minister|spokesman|spokeswoman|spokesperson))\b|\b(?<pronoun>[Hh]e|[Ss]he)\b")]
    private static partial Regex OtherReferences();
}
