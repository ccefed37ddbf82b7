using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

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
        var covered = new CoveredSpans(text.Length);
        IReadOnlyList<RolePhrase> roles = knowledge.RolesIn(text);
        // Role phrases do not overlap, so at most one ends at any position.
        Dictionary<int, RolePhrase> roleEndingAt = roles.ToDictionary(r => r.End);

        foreach (Match name in knowledge.ActorNames.Matches(text))
        {
            RolePhrase? title = Enumerable.Range(name.Index - MaxTitleGap, MaxTitleGap + 1)
                .Select(end => roleEndingAt.GetValueOrDefault(end))
                .FirstOrDefault(r => r is not null && IsAdjacent(text, r.End, name.Index));
            int start = title?.Index ?? name.Index;
            Add(WithRole(new Mention(new TextSpan(start, name.Index + name.Length), MentionKind.KnownName, knowledge.ActorByAlias(name.Value), name.Value, null, null, false, null), title));
        }

        foreach (RolePhrase role in roles)
        {
            int end = role.End;
            if (covered.Overlaps(role.Index, end))
            {
                continue;
            }

            Match newName = end + 1 < text.Length && text[end] == ' ' ? CapitalisedName().Match(text, end + 1) : Match.Empty;
            if (allowNewNames && newName.Success && newName.Index == end + 1 && !IsKnownWord(newName.Value))
            {
                Add(WithRole(new Mention(new TextSpan(role.Index, newName.Index + newName.Length), MentionKind.NewName, null, newName.Value, null, null, false, null), role));
                continue;
            }

            Add(WithRole(new Mention(new TextSpan(role.Index, end), MentionKind.Role, null, null, null, null, false, null), role));
        }

        if (allowNewNames)
        {
            foreach (Match titled in GenericTitledName().Matches(text))
            {
                Group name = titled.Groups["name"];
                if (covered.Overlaps(titled.Index, titled.Index + titled.Length) || IsKnownWord(name.Value) || knowledge.ActorByName(name.Value) is not null)
                {
                    continue;
                }

                string title = titled.Groups["title"].Value.Trim();
                string? country = knowledge.CountryWords.Match(title) is { Success: true, Index: 0 } qualifier ? knowledge.CountryCode(qualifier.Value) : null;
                string bareTitle = country is null ? title : title[knowledge.CountryWords.Match(title).Length..].Trim();
                Add(new Mention(new TextSpan(titled.Index, name.Index + name.Length), MentionKind.NewName, null, name.Value, null, country, false, bareTitle));
            }
        }

        foreach (Match other in OtherReferences().Matches(text))
        {
            if (covered.Overlaps(other.Index, other.Index + other.Length))
            {
                continue;
            }

            MentionKind kind = other.Groups["minister"].Success ? MentionKind.AnyMinister : MentionKind.Pronoun;
            Add(new Mention(new TextSpan(other.Index, other.Index + other.Length), kind, null, null, null, null, false, null));
        }

        return mentions.OrderBy(m => m.Span.Start).ToArray();

        void Add(Mention mention)
        {
            mentions.Add(mention);
            covered.Add(mention.Span.Start, mention.Span.End);
        }
    }

    // A title stands at most this many characters before the name it belongs to ("Foreign Minister  Iwaya").
    private const int MaxTitleGap = 2;

    private Mention WithRole(Mention mention, RolePhrase? role) => role is null ? mention : mention with
    {
        Role = knowledge.RoleByAlias(role.Role),
        Country = role.Qualifier is null ? null : knowledge.CountryCode(role.Qualifier),
        Former = role.IsFormer,
        Title = role.Role,
    };

    /// <summary>Whether capitalised words name a place or an institution rather than a person.</summary>
    public bool IsKnownWord(string name) =>
        knowledge.CountryCode(name) is not null
        || name.Split(' ', '-').Any(w => knowledge.CountryCode(w) is not null || s_institutionWords.Contains(w));

    private static readonly HashSet<string> s_institutionWords = new(StringComparer.Ordinal)
    {
        "The", "Government", "Ministry", "Office", "State", "Affairs", "Minister", "House", "Agency", "Department", "Council",
        "Party", "Times", "News", "Post", "Daily", "Today", "Press", "Group", "Bank", "Fund", "University", "Institute",
        "Center", "Centre", "Forces", "Embassy", "Commission", "Committee", "Association", "Company", "Corporation", "Inc",
        "Ltd", "Diet", "Cabinet", "Union", "Nations", "Council", "Court", "Guard", "Force", "Army", "Navy", "Sea", "Islands",
        "Strait", "Street", "Prime", "President", "Secretary", "Foreign", "Defense", "Defence", "Chief", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Asked", "Speaking", "According", "In", "On", "At", "But",
        // Words that open a sentence or clause and so are capitalised without being part of a name ("If Sanders wins").
        "If", "When", "After", "While", "As", "And", "So", "Then", "Before", "Since", "Although", "Though", "Because", "Unless",
        "Until", "Once", "Where", "Why", "How", "What", "Who", "Still", "Yet", "Even", "Like", "With", "For", "From", "Of", "By",
        "To", "Tonight", "Yesterday", "Last", "Next", "Despite", "During", "Without", "Under", "Over", "Among", "Between",
    };

    private static bool IsAdjacent(string text, int end, int start) =>
        start - end <= 2 && text.AsSpan(end, start - end).IsWhiteSpace();

    // Two or three capitalised words: a personal name introduced by a title ("Ambassador Rahm Emanuel").
    // \G: only right where the title ends, so that a miss does not search the rest of the passage.
    [GeneratedRegex(@"\G" + NameWords.Word + @"(?:[ -]" + NameWords.Word + @"){1,2}(?![\p{L}])")]
    private static partial Regex CapitalisedName();

    // A title the knowledge base has no role for, then a name: "Economy Minister Ryosei Akazawa"; in American
    // copy the title is often abbreviated and the name has a middle initial ("Sen. Robert P. Casey"), and the
    // leaders of Congress are titled too ("Senate Majority Leader Mitch McConnell", "House Speaker Paul Ryan").
    [GeneratedRegex(@"(?<title>(?:(?:[A-Z][a-z]+|of|and|for|the)\s+){0,4}(?:Minister|Secretary|Ambassador|Spokesperson|Spokesman|Spokeswoman|Professor|Governor|Chairman|Chairwoman|Senator|Representative|Director|Envoy|Adviser|Advisor|Premier|Chancellor|Mayor|General|Admiral|Negotiator|Commissioner|Leader|Whip|Speaker|Judge|(?:Sen|Rep|Gov|Gen|Adm)\.))\s+(?<name>" + NameWords.FullName + @")(?![\p{L}])")]
    private static partial Regex GenericTitledName();

    [GeneratedRegex(@"\b(?<minister>[Tt]he (?:minister|spokesman|spokeswoman|spokesperson))\b|\b(?<pronoun>[Hh]e|[Ss]he)\b")]
    private static partial Regex OtherReferences();
}
