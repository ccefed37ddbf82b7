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
        string needle = Spaced(quote);
        return needle.Length > 2 && Spaced(passage).Contains(needle, StringComparison.Ordinal);
    }

    // A text's comparison form between spaces, so that only whole words match; worked out once per text, as its words are.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> s_spaced = new();

    private static string Spaced(string text) => s_spaced.GetValue(text, t => $" {TextNormalizer.ForComparison(t)} ");

    /// <summary>How much of <paramref name="reported"/> the passage contains, between 0 and 1.</summary>
    public static double Containment(string reported, string passage)
    {
        Words report = Words.Of(reported), inPassage = Words.Of(passage);
        double unigram = report.Content.Length == 0 ? 0 : report.Content.Count(inPassage.Set.Contains) / (double)report.Content.Length;
        double bigram = report.Pairs.Length == 0 ? unigram : report.Pairs.Count(inPassage.PairSet.Contains) / (double)report.Pairs.Length;
        return (unigram + bigram) / 2;
    }

    // A text's stems, content stems and stem pairs, worked out once per text: the linker compares each
    // statement with every passage of its candidate transcripts, so the same two strings meet many times.
    private sealed class Words
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Words> s_known = new();

        private Words(string text)
        {
            // Another translation's words count as the official one's (TranslationVariants).
            string[] stems = TextNormalizer.Words(text).Select(TextNormalizer.Stem).Select(TranslationVariants.Sense).ToArray();
            Set = stems.ToHashSet(StringComparer.Ordinal);
            Content = stems.Where(w => !s_stopWords.Contains(w)).ToArray();
            Pairs = TextSimilarity.Pairs(stems).ToArray();
            PairSet = Pairs.ToHashSet(StringComparer.Ordinal);
        }

        public HashSet<string> Set { get; }

        public string[] Content { get; }

        public string[] Pairs { get; }

        public HashSet<string> PairSet { get; }

        public static Words Of(string text) => s_known.GetValue(text, t => new Words(t));
    }

    private static IEnumerable<string> Pairs(string[] words)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            yield return words[i] + " " + words[i + 1];
        }
    }
}
