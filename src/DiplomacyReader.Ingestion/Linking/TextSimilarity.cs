using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Word-level similarity between a reported wording and a transcript passage: how much of the report's
/// content words and word pairs (shingles) the passage contains, and whether its words stand there verbatim.
/// </summary>
internal static class TextSimilarity
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "is", "are", "was",
        "were", "be", "been", "it", "its", "that", "this", "these", "those", "will", "would", "we", "our", "i", "my",
        "from", "but", "not", "also", "has", "have", "had", "their", "they", "he", "she", "his", "her", "which",
    };

    /// <summary>Whether the words of <paramref name="quote"/> stand, in order, in <paramref name="passage"/>.</summary>
    public static bool IsVerbatim(string quote, string passage)
    {
        string needle = TextNormalizer.ForComparison(quote);
        string haystack = TextNormalizer.ForComparison(passage);
        return needle.Length > 0 && $" {haystack} ".Contains($" {needle} ", StringComparison.Ordinal);
    }

    /// <summary>How much of <paramref name="reported"/> the passage contains, between 0 and 1.</summary>
    public static double Containment(string reported, string passage)
    {
        string[] reportWords = Stems(reported);
        string[] passageWords = Stems(passage);
        var passageSet = passageWords.ToHashSet(StringComparer.Ordinal);
        string[] content = reportWords.Where(w => !s_stopWords.Contains(w)).ToArray();
        double unigram = content.Length == 0 ? 0 : content.Count(passageSet.Contains) / (double)content.Length;

        var passagePairs = Pairs(passageWords).ToHashSet(StringComparer.Ordinal);
        string[] reportPairs = Pairs(reportWords).ToArray();
        double bigram = reportPairs.Length == 0 ? unigram : reportPairs.Count(passagePairs.Contains) / (double)reportPairs.Length;
        return (unigram + bigram) / 2;
    }

    private static string[] Stems(string text) => TextNormalizer.Words(text).Select(TextNormalizer.Stem).ToArray();

    private static IEnumerable<string> Pairs(string[] words)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            yield return words[i] + " " + words[i + 1];
        }
    }
}
