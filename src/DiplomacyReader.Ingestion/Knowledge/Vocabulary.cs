using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>
/// The word lists the rules read (<c>Knowledge/vocabulary.json</c>, embedded beside the knowledge base and
/// <c>cue-verbs.json</c>): lines of site chrome, words that name outlets, labels of things rather than
/// people, nouns of unnamed sources. Adding a word is an edit to a list, not to a pattern.
/// </summary>
internal static class Vocabulary
{
    private static readonly Lists s_lists = EmbeddedData.Read<Lists>("vocabulary.json");

    /// <summary>A line of navigation or site chrome opens with one of these ("Read more", "Share this", "Advertisement").</summary>
    public static Regex NavigationLine { get; } = new(@"^(?:" + Alternation(s_lists.NavigationLines) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A turn label holding one of these words is an outlet asking ("Kyodo News:", "Phoenix TV:"); case matters.</summary>
    public static Regex OutletWord { get; } = new(@"\b(?:" + Alternation(s_lists.OutletWords) + @")\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A label opening with one of these names a thing, not a speaker ("Location:", "Opening Remarks:").</summary>
    public static Regex LabelOfThing { get; } = new(@"^(?:" + Alternation(s_lists.LabelsOfThings) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// An institution or an unnamed person as the subject right before a verb: "the ministry", "a senior
    /// official", "the embassy, in a statement,".
    /// </summary>
    public static Regex UnnamedSubject { get; } = new(@"\b(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}(?:" + Alternation(s_lists.UnnamedSources) + @")\s*(?:,[^,]{1,80},)?\s*$", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Longer entries first, so "related articles" wins over "related"; spaces may be any whitespace.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private sealed record Lists(List<string> NavigationLines, List<string> OutletWords, List<string> LabelsOfThings, List<string> UnnamedSources);
}
