using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>
/// The knowledge base compiled into lookups: regular expressions over names, roles, countries and topics.
/// Built once per pipeline; immutable and thread-safe.
/// </summary>
public sealed class KnowledgeIndex
{
    private const string WordStart = @"(?<![\p{L}\p{N}])";
    private const string WordEnd = @"(?![\p{L}\p{N}])";

    private readonly Dictionary<string, ActorEntry> _actorsByAlias;
    private readonly Dictionary<string, ActorEntry> _actorsByNameTokens;
    private readonly Dictionary<string, RoleEntry> _rolesByAlias;
    private readonly Dictionary<string, string> _countriesByWord;
    private readonly Dictionary<string, string> _publishersByAlias;
    private readonly IReadOnlyList<(TopicEntry Topic, Regex Pattern)> _topicPatterns;

    /// <summary>Compiles the lookups of <paramref name="knowledgeBase"/>.</summary>
    public KnowledgeIndex(KnowledgeBase knowledgeBase)
    {
        Base = knowledgeBase;
        _actorsByAlias = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        _actorsByNameTokens = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (ActorEntry actor in knowledgeBase.Actors)
        {
            foreach (string alias in actor.Aliases.Append(actor.Name))
            {
                _actorsByAlias.TryAdd(alias, actor);
                _actorsByNameTokens.TryAdd(NameKey(alias), actor);
            }
        }

        _rolesByAlias = new Dictionary<string, RoleEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (RoleEntry role in knowledgeBase.Roles)
        {
            foreach (string alias in role.Aliases.Append(role.Title))
            {
                _rolesByAlias.TryAdd(alias, role);
            }
        }

        _countriesByWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CountryEntry country in knowledgeBase.Countries)
        {
            foreach (string word in country.Names.Concat(country.Demonyms).Concat(country.Capitals))
            {
                _countriesByWord.TryAdd(word, country.Code);
                if (country.Names.Contains(word))
                {
                    _countriesByWord.TryAdd(word + "'s", country.Code);
                    _countriesByWord.TryAdd(word + "’s", country.Code);
                }
            }
        }

        _publishersByAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (PublisherEntry publisher in knowledgeBase.Publishers)
        {
            foreach (string alias in publisher.Aliases.Append(publisher.Name))
            {
                _publishersByAlias.TryAdd(alias, publisher.Name);
            }
        }

        ActorNames = new Regex(WordStart + "(?:" + Alternation(_actorsByAlias.Keys) + ")" + WordEnd, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        CountryWords = new Regex(WordStart + "(?:" + Alternation(_countriesByWord.Keys) + ")" + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        RoleWords = new Regex(
            WordStart + "(?:" + string.Join('|', _rolesByAlias.Keys.OrderByDescending(k => k.Length).Select(KeywordPattern)) + ")" + WordEnd,
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _topicPatterns = knowledgeBase.Topics
            .Select(t => (t, new Regex(WordStart + "(?:" + string.Join('|', t.Keywords.Select(KeywordPattern)) + ")" + WordEnd, RegexOptions.CultureInvariant | RegexOptions.Compiled)))
            .ToArray();
    }

    /// <summary>The knowledge base itself.</summary>
    public KnowledgeBase Base { get; }

    /// <summary>Matches every known actor name and alias.</summary>
    public Regex ActorNames { get; }

    /// <summary>Matches country names, demonyms and capitals used as metonyms.</summary>
    public Regex CountryWords { get; }

    /// <summary>Matches the words of a role ("Foreign Minister", "top government spokesman").</summary>
    public Regex RoleWords { get; }

    // Words before a role that say whether it is held now: "former", "ex-", "newly appointed".
    private static readonly HashSet<string> s_tenureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex-", "then-", "new", "incoming", "outgoing", "newly appointed",
    };

    // "People's Republic of China" is the longest country qualifier in words.
    private const int MaxQualifierWords = 5;

    /// <summary>
    /// The role phrases of <paramref name="text"/>, in order: each role's words with the country qualifier and
    /// the "former" or "new" just before them ("former U.S. President", "Japan's Foreign Minister"). The words
    /// before a role are looked up in the country and tenure lists rather than tried at every position of
    /// the text, which kept a pattern of hundreds of country names busy at every character.
    /// </summary>
    public IReadOnlyList<RolePhrase> RolesIn(string text)
    {
        var phrases = new List<RolePhrase>();
        foreach (Match role in RoleWords.Matches(text))
        {
            int start = role.Index;
            string? qualifier = WordsBefore(text, start, MaxQualifierWords, _countriesByWord.ContainsKey, out int qualifierStart);
            if (qualifier is not null)
            {
                start = qualifierStart;
            }

            string? former = WordsBefore(text, start, 2, s_tenureWords.Contains, out int formerStart);
            if (former is not null)
            {
                start = formerStart;
            }

            phrases.Add(new RolePhrase(start, role.Index + role.Length - start, role.Value, qualifier, former));
        }

        return phrases;
    }

    // The longest run of up to maxWords whole words ending in whitespace right before position that isKnown
    // accepts; its start in startOfWords.
    private static string? WordsBefore(string text, int position, int maxWords, Func<string, bool> isKnown, out int startOfWords)
    {
        startOfWords = position;
        int end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == position)
        {
            return null; // the words must be followed by a space
        }

        string? found = null;
        int start = end;
        for (int words = 0; words < maxWords && start > 0; words++)
        {
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            // '(former', '“U.S.': what opens the words is not part of them.
            int wordStart = start;
            while (wordStart < end && !char.IsLetterOrDigit(text[wordStart]))
            {
                wordStart++;
            }

            string candidate = text[wordStart..end];
            if (candidate.Length > 0 && (isKnown(candidate) || (candidate.Contains(' ') && isKnown(TextNormalizer.Collapse(candidate)))))
            {
                found = candidate;
                startOfWords = wordStart;
            }

            if (wordStart > start)
            {
                break; // a word opened by punctuation begins the phrase; nothing before it belongs
            }

            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
        }

        return found;
    }

    /// <summary>The actor named exactly <paramref name="alias"/>, or null.</summary>
    public ActorEntry? ActorByAlias(string alias) => _actorsByAlias.GetValueOrDefault(alias);

    /// <summary>
    /// The actor whose name has the same words in any order and case: "IWAYA Takeshi" finds Takeshi Iwaya.
    /// </summary>
    public ActorEntry? ActorByName(string name) =>
        _actorsByAlias.GetValueOrDefault(name) ?? _actorsByNameTokens.GetValueOrDefault(NameKey(name));

    /// <summary>The role a phrase names ("top government spokesman"), or null.</summary>
    public RoleEntry? RoleByAlias(string alias) => _rolesByAlias.GetValueOrDefault(TextNormalizer.Collapse(alias));

    /// <summary>The ISO code a country word stands for, or null.</summary>
    public string? CountryCode(string word) => _countriesByWord.GetValueOrDefault(word.Trim());

    /// <summary>The publisher a name, domain or copyright holder stands for, or null.</summary>
    public string? Publisher(string alias) => _publishersByAlias.GetValueOrDefault(alias.Trim().TrimEnd('.'));

    /// <summary>Codes of the countries <paramref name="text"/> mentions, in order of first mention.</summary>
    public IReadOnlyList<string> CountriesIn(string text) =>
        CountryWords.Matches(text).Select(m => _countriesByWord[m.Value]).Distinct().ToArray();

    /// <summary>Slugs of the topics <paramref name="text"/> touches.</summary>
    public IReadOnlyList<string> TopicsIn(string text) =>
        _topicPatterns.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Topic.Slug).ToArray();

    /// <summary>Codes of the countries whose Japanese names (<see cref="CountryEntry.NativeNames"/>) stand in <paramref name="text"/>, found as substrings.</summary>
    public IReadOnlyList<string> CountriesInJapanese(string text) =>
        Base.Countries.Where(c => c.NativeNames.Any(n => text.Contains(n, StringComparison.Ordinal))).Select(c => c.Code).ToArray();

    /// <summary>Slugs of the topics whose Japanese keywords (<see cref="TopicEntry.NativeKeywords"/>) stand in <paramref name="text"/>.</summary>
    public IReadOnlyList<string> TopicsInJapanese(string text) =>
        Base.Topics.Where(t => t.NativeKeywords.Any(k => text.Contains(k, StringComparison.Ordinal))).Select(t => t.Slug).ToArray();

    /// <summary>Keys of the Japanese actors whose family name (<see cref="ActorEntry.NativeFamilyName"/>) stands in <paramref name="text"/>.</summary>
    public IReadOnlyList<string> FamilyNamesIn(string text) =>
        Base.Actors.Where(a => a.NativeFamilyName is string family && text.Contains(family, StringComparison.Ordinal)).Select(a => a.Key).ToArray();

    /// <summary>Whether <paramref name="phrase"/> is exactly one of the topic keywords.</summary>
    public bool IsTopicKeyword(string phrase) =>
        Base.Topics.Any(t => t.Keywords.Contains(phrase, StringComparer.OrdinalIgnoreCase));

    /// <summary>The tenure <paramref name="actor"/> held at <paramref name="date"/> (the most recent one started), or null.</summary>
    public static TenureEntry? TenureAt(ActorEntry actor, DateOnly date) =>
        actor.Roles.Where(t => t.Covers(date)).MaxBy(t => t.From);

    /// <summary>Actors who held <paramref name="role"/> for <paramref name="country"/> at <paramref name="date"/>.</summary>
    public IEnumerable<ActorEntry> HoldersAt(RoleEntry role, string country, DateOnly date) =>
        Base.Actors.Where(a => a.Roles.Any(t => t.Role == role.Key && t.Country == country && t.Covers(date)));

    private static string NameKey(string name) =>
        string.Join(' ', TextNormalizer.Words(name).Order(StringComparer.Ordinal));

    // Longest first, so that "North Korea" wins over "Korea" and "South Korean" over "South Korea".
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));

    // An all-capitals keyword (ODA, NPT, PM) is an acronym and must match as written; others ignore case.
    private static string KeywordPattern(string keyword) =>
        keyword.Any(char.IsLower) ? "(?i:" + Regex.Escape(keyword) + ")" : Regex.Escape(keyword);
}
