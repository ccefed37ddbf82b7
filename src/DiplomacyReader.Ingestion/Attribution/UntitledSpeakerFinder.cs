using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Finds people the knowledge base does not know who are introduced only by name at a reporting verb:
/// "Bonnie Glaser, managing director of …, said", "said Ken Jimbo, a professor at Keio University". The
/// description beside the name becomes their role, and a demonym at its start their country.
/// </summary>
public sealed partial class UntitledSpeakerFinder(KnowledgeIndex knowledge, MentionFinder names)
{
    /// <summary>New-name mentions next to the cue verbs of <paramref name="text"/> that no mention covers yet.</summary>
    public IEnumerable<Mention> Find(string text, IReadOnlyList<Mention> existing)
    {
        IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(text);
        foreach (Match cue in CueVerbs.Finite().Matches(text).Where(c => !QuoteScanner.IsInside(quotes, c.Index)))
        {
            Mention? found = Before(text, cue.Index, existing) ?? After(text, cue.Index + cue.Length, existing);
            if (found is not null)
            {
                yield return found;
            }
        }
    }

    private Mention? Before(string text, int cueStart, IReadOnlyList<Mention> existing)
    {
        Match match = NameThenAppositive().Match(text[..cueStart]);
        return match.Success ? Create(text, match.Groups["name"], match.Groups["description"].Value, existing) : null;
    }

    private Mention? After(string text, int cueEnd, IReadOnlyList<Mention> existing)
    {
        Match match = NameWithDescription().Match(text, cueEnd);
        return match.Success && match.Index == cueEnd ? Create(text, match.Groups["name"], match.Groups["description"].Value, existing) : null;
    }

    private Mention? Create(string text, Group name, string description, IReadOnlyList<Mention> existing)
    {
        var span = new TextSpan(name.Index, name.Index + name.Length);
        bool taken = existing.Any(m => span.Start < m.Span.End && span.End > m.Span.Start);
        bool afterArticle = name.Index >= 4 && text.AsSpan(0, name.Index).TrimEnd().EndsWith("the", StringComparison.OrdinalIgnoreCase);
        if (taken || afterArticle || names.IsKnownWord(name.Value) || knowledge.ActorByName(name.Value) is not null)
        {
            return null;
        }

        string role = LeadingArticle().Replace(description.Trim(), string.Empty);
        string[] firstWords = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToArray();
        string? country = firstWords.Select(w => knowledge.CountryCode(w.TrimEnd(','))).FirstOrDefault(c => c is not null);
        return new Mention(span, MentionKind.NewName, null, name.Value, null, country, false, role.Length == 0 ? null : role);
    }

    // "Bonnie Glaser, managing director of the program," right before the verb (adverbs allowed after it).
    [GeneratedRegex(@"(?<![\p{L}.])(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?:,(?<description>[^,""“”]{3,120}),)?(?:\s+(?:also|later|then|on \w+|\w+day))*\s*$")]
    private static partial Regex NameThenAppositive();

    // " Ken Jimbo, a professor of international relations at Keio University" right after the verb.
    [GeneratedRegex(@"\s+(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?![\p{L}])(?:,(?<description>[^,.;""“”]{3,120}))?")]
    private static partial Regex NameWithDescription();

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}
