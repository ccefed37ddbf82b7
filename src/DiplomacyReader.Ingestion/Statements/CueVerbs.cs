using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// The verbs and phrases that report speech. The lists are data (<c>Knowledge/cue-verbs.json</c>, embedded
/// beside the knowledge base): adding a verb is an edit to a word list, not to a pattern.
/// </summary>
internal static class CueVerbs
{
    private static readonly CueVerbLists s_lists = Knowledge.EmbeddedData.Read<CueVerbLists>("cue-verbs.json");
    private static readonly Regex s_finite = Alternation(s_lists.Finite.Where(v => v != "expressed")
        .Append("expressed(?: (?:" + string.Join('|', s_lists.Expressed.Select(Regex.Escape)) + "))?"), escape: false);
    private static readonly Regex s_participle = Alternation(s_lists.Participles, escape: true);
    private static readonly HashSet<string> s_subjectMayFollow = new(s_lists.SubjectMayFollow, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_subjectAfterQuotation = new(s_lists.SubjectAfterQuotation, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_emphasis = new(s_lists.Emphasis, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_speechNouns = new(s_lists.SpeechNouns, StringComparer.OrdinalIgnoreCase);
    private static readonly Regex s_accordingTo = new(@"\b(?<cue>[Aa]ccording to)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Finite reporting verbs: "said", "told", "stressed", "expressed concern".</summary>
    public static Regex Finite() => s_finite;

    /// <summary>Participles that report speech of the clause's subject: "…, saying he is looking forward to …".</summary>
    public static Regex Participle() => s_participle;

    /// <summary>
    /// Whether the subject of <paramref name="cue"/> may follow it ("said Iwaya"); after "told", "urged" or
    /// "thanked" a name is the one spoken to.
    /// </summary>
    public static bool SubjectMayFollow(string cue) => s_subjectMayFollow.Contains(cue);

    /// <summary>
    /// Whether the subject of <paramref name="cue"/> may follow it right after a quotation ('“…,” warned Clinton'):
    /// the verbs whose subject may always follow, and those that invert only there.
    /// </summary>
    public static bool SubjectMayFollowQuotation(string cue) => s_subjectMayFollow.Contains(cue) || s_subjectAfterQuotation.Contains(cue);

    /// <summary>
    /// Whether <paramref name="cue"/> also says what a thing does ("The vision underscores …", "The ministers agreed
    /// to hold …"): without a person as its subject it reports nobody's words.
    /// </summary>
    public static bool IsEmphasis(string cue) => s_emphasis.Contains(cue);

    /// <summary>Whether <paramref name="noun"/> names what a person said or wrote ("response", "letter", "tweet").</summary>
    public static bool IsSpeechNoun(string noun) => s_speechNouns.Contains(noun);

    /// <summary>"according to X" attributes what precedes or follows it to X.</summary>
    public static Regex AccordingTo() => s_accordingTo;

    // Longer phrases first, so "called for" wins over "called"; "so-called" is no verb.
    private static Regex Alternation(IEnumerable<string> words, bool escape) =>
        new(@"\b(?<!-)(?<cue>" + string.Join('|', words.Select(w => escape ? Regex.Escape(w) : w.Replace(" ", @"\ ", StringComparison.Ordinal)).OrderByDescending(w => w.Length)) + @")\b",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private sealed record CueVerbLists(List<string> Finite, List<string> Expressed, List<string> Participles, List<string> SubjectMayFollow, List<string> SubjectAfterQuotation, List<string> Emphasis, List<string> SpeechNouns);
}
