using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Turns mentions into actors. Names resolve directly; roles through the people the text has already named,
/// then through the knowledge base at the source's date; "the minister" to the nearest fitting person named
/// before, a pronoun to the subject of the last sentence naming someone (else the last person named). When
/// nothing fits, the answer is null: a wrong speaker is worse than none.
/// </summary>
internal sealed class SpeakerResolver(KnowledgeIndex knowledge, DateOnly? date)
{
    /// <summary>The country a role without a qualifier belongs to: this app reads Japan's foreign policy.</summary>
    private const string DefaultCountry = "JP";

    private readonly List<(Mention Mention, ActorRef Actor, int Sentence, bool Subject)> _named = [];
    private readonly Dictionary<string, string> _statedRoles = new(StringComparer.Ordinal);

    /// <summary>
    /// Resolves <paramref name="mention"/> and remembers named people for later references, unless
    /// <paramref name="antecedent"/> is false: a person named inside a quotation ('“I told President Trump…,”
    /// he said') is spoken about, and "he" after it is the one speaking.
    /// </summary>
    /// <paramref name="sentence"/> numbers the sentence the mention stands in, in reading order; <paramref name="subject"/>
    /// says whether the mention opens it (see <see cref="SentenceSubjects"/>).
    /// <paramref name="notAntecedents"/> names the people a pronoun cannot stand for: those its own sentence names after it.
    public ActorRef? Resolve(Mention mention, bool antecedent = true, int sentence = 0, bool subject = false, IReadOnlySet<string>? notAntecedents = null)
    {
        ActorRef? actor = mention.Kind switch
        {
            MentionKind.KnownName => FromKnown(mention.Actor!, mention),
            MentionKind.NewName => new ActorRef(mention.Name!, mention.Role?.Title ?? mention.Title, mention.Country, null),
            MentionKind.Role => FromRole(mention),
            MentionKind.AnyMinister => _named.LastOrDefault(n => n.Actor.Role is not null).Actor,
            MentionKind.Pronoun => Antecedent(notAntecedents),
            _ => null,
        };

        // People resolved from a role count as named from here on: "he" after "the chief Cabinet secretary".
        if (antecedent && actor is not null && mention.Kind is MentionKind.KnownName or MentionKind.NewName or MentionKind.Role)
        {
            _named.Add((mention, actor, sentence, subject));
        }

        return actor;
    }

    // The last sentence that names someone names its subject first: in "Gov. John Kasich predicted that
    // Republicans will win if Sanders is the nominee. “…,” he said." "he" is Kasich, not the nearer Sanders.
    private ActorRef? Antecedent(IReadOnlySet<string>? notAntecedents)
    {
        var candidates = notAntecedents is { Count: > 0 } ? _named.Where(n => !notAntecedents.Contains(n.Actor.Name)).ToList() : _named;
        if (candidates.Count == 0)
        {
            return null;
        }

        int last = candidates[^1].Sentence;
        foreach ((Mention _, ActorRef actor, int sentence, bool subject) in candidates)
        {
            if (sentence == last && subject)
            {
                return actor;
            }
        }

        return candidates[^1].Actor;
    }

    /// <summary>The actor for a known-actor entry, with the role held at the source's date.</summary>
    public ActorRef FromKnown(ActorEntry actor, Mention? mention = null)
    {
        string? role = null;
        string? country = actor.Country;
        if (date is DateOnly day && KnowledgeIndex.TenureAt(actor, day) is TenureEntry tenure)
        {
            role = knowledge.Base.FindRole(tenure.Role)?.Title;
            country = tenure.Country;
        }
        else if (mention?.Role is RoleEntry stated && !mention.Former)
        {
            // Undated text: the title the text itself gives is the best evidence of the role.
            role = _statedRoles[actor.Key] = stated.Title;
        }
        else
        {
            role = _statedRoles.GetValueOrDefault(actor.Key);
        }

        return new ActorRef(actor.Name, role, country, actor.Key);
    }

    private ActorRef? FromRole(Mention mention)
    {
        if (mention.Role is not RoleEntry role || mention.Former)
        {
            return null;
        }

        // The nearest person already named who fits the role (at the date, when the date is known).
        foreach ((Mention _, ActorRef named, int _, bool _) in Enumerable.Reverse(_named))
        {
            ActorEntry? entry = named.KnowledgeBaseKey is null ? null : knowledge.Base.FindActor(named.KnowledgeBaseKey);
            bool fits = entry is not null
                ? entry.Roles.Any(t => t.Role == role.Key && (mention.Country is null || t.Country == mention.Country) && (date is null || t.Covers(date.Value)))
                : named.Role is not null && knowledge.RoleByAlias(named.Role)?.Key == role.Key;
            if (fits)
            {
                return named;
            }
        }

        if (date is not DateOnly day)
        {
            return null;
        }

        ActorEntry[] holders = knowledge.HoldersAt(role, mention.Country ?? DefaultCountry, day).ToArray();
        return holders.Length == 1 ? FromKnown(holders[0]) : null;
    }
}
