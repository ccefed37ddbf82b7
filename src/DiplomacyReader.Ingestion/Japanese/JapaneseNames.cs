using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Japanese;

/// <summary>A person named in Japanese text, where the name stands.</summary>
public sealed record JapaneseMention(ActorEntry Actor, int Start, int End);

/// <summary>
/// Finds the knowledge base's actors in Japanese text: a full name in kanji (林芳正), or a family name with
/// the title the person held that day (林外相, 石破総理) or with 氏 for someone the text has already named.
/// A title alone (外相は) is the role's holder that day. Precision first: a family name with no title and no
/// earlier mention names nobody.
/// </summary>
public sealed class JapaneseNames(KnowledgeIndex knowledge)
{
    private static readonly string[] s_honorifics = ["氏", "さん"];

    /// <summary>The last person named in <paramref name="text"/>, or null.</summary>
    public JapaneseMention? LastIn(string text, DateOnly? date, IReadOnlyCollection<ActorEntry> named) =>
        AllIn(text, date, named).MaxBy(m => m.Start);

    /// <summary>Every person named in <paramref name="text"/>, in order.</summary>
    public IEnumerable<JapaneseMention> AllIn(string text, DateOnly? date, IReadOnlyCollection<ActorEntry> named)
    {
        var found = new List<JapaneseMention>();
        foreach (ActorEntry actor in knowledge.Base.Actors)
        {
            foreach (string name in actor.NativeNames.Where(n => n.Length >= 2 && n.Any(c => c >= '\u4E00')))
            {
                for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    found.Add(new JapaneseMention(actor, at, at + name.Length + TitleLength(text, at + name.Length, actor, date)));
                }
            }

            if (actor.NativeFamilyName is not string family)
            {
                continue;
            }

            for (int at = text.IndexOf(family, StringComparison.Ordinal); at >= 0; at = text.IndexOf(family, at + 1, StringComparison.Ordinal))
            {
                int after = at + family.Length;
                int title = TitleLength(text, after, actor, date);
                bool honorific = named.Contains(actor) && s_honorifics.Any(h => string.CompareOrdinal(text, after, h, 0, h.Length) == 0);
                if (title > 0 || honorific)
                {
                    found.Add(new JapaneseMention(actor, at, after + (title > 0 ? title : 1)));
                }
            }
        }

        // A full name and its family name overlap: the longer mention stands.
        return found.OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .Aggregate(new List<JapaneseMention>(), (kept, m) =>
            {
                if (kept.Count == 0 || m.Start >= kept[^1].End)
                {
                    kept.Add(m);
                }

                return kept;
            });
    }

    /// <summary>The holder of the role a bare title names (外相, 首相) for Japan on <paramref name="date"/>, or null.</summary>
    public ActorEntry? HolderOfTitle(string title, DateOnly? date) =>
        date is DateOnly day && knowledge.Base.Roles.FirstOrDefault(r => r.NativeTitles.Contains(title)) is RoleEntry role
            ? knowledge.HoldersAt(role, "JP", day).FirstOrDefault()
            : null;

    /// <summary>The actor as a statement's speaker: name, and the role held on <paramref name="date"/> where known.</summary>
    public ActorRef Ref(ActorEntry actor, DateOnly? date)
    {
        if (date is DateOnly day && KnowledgeIndex.TenureAt(actor, day) is TenureEntry tenure)
        {
            return new ActorRef(actor.Name, knowledge.Base.FindRole(tenure.Role)?.Title, tenure.Country, actor.Key);
        }

        return new ActorRef(actor.Name, null, actor.Country, actor.Key);
    }

    // The length of a title of a role the actor held (that day, when the date is known) standing at position `at`.
    private int TitleLength(string text, int at, ActorEntry actor, DateOnly? date)
    {
        foreach (TenureEntry tenure in actor.Roles.Where(t => date is not DateOnly day || t.Covers(day)))
        {
            if (knowledge.Base.FindRole(tenure.Role) is RoleEntry role)
            {
                string? title = role.NativeTitles.OrderByDescending(t => t.Length).FirstOrDefault(t => string.CompareOrdinal(text, at, t, 0, t.Length) == 0);
                if (title is not null)
                {
                    return title.Length;
                }
            }
        }

        return 0;
    }
}
