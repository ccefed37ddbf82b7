namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Word-level similarity between a reported wording and a transcript passage: how much of the report's
/// content words and word pairs (shingles) the passage contains, and whether its words stand there verbatim.
/// </summary>
internal static class TextSimilarity
{
    private static readonly HashSet<int> s_stopWords = new[]
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "is", "are", "was",
        "were", "be", "been", "it", "its", "that", "this", "these", "those", "will", "would", "we", "our", "i", "my",
        "from", "but", "not", "also", "has", "have", "had", "their", "they", "he", "she", "his", "her", "which",
    }.Select(word => WordIds.Of(word)).ToHashSet();

    /// <summary>Whether the words of <paramref name="quote"/> stand, in order, in <paramref name="passage"/>.</summary>
    public static bool IsVerbatim(string quote, string passage) => IsVerbatim(ComparedWords.Of(quote), ComparedWords.Of(passage));

    /// <summary><see cref="IsVerbatim(string, string)"/> of words worked out already: a run of the passage's comparison words.</summary>
    public static bool IsVerbatim(ComparedWords quote, ComparedWords passage) =>
        quote.Plain.Length > 0 && passage.Plain.AsSpan().IndexOf(quote.Plain) >= 0;

    /// <summary>How much of <paramref name="reported"/> the passage contains, between 0 and 1.</summary>
    public static double Containment(string reported, string passage) => Containment(ComparedWords.Of(reported), ComparedWords.Of(passage));

    /// <summary>
    /// <see cref="Containment(string, string)"/> of words worked out already: the mean of the shares of the report's
    /// content words (stop words left out) and of its word pairs that the passage holds, each counted as often as
    /// the report has it.
    /// </summary>
    public static double Containment(ComparedWords report, ComparedWords passage)
    {
        int[] senses = report.Senses;
        int content = 0, contained = 0;
        foreach (int sense in senses)
        {
            if (!s_stopWords.Contains(sense))
            {
                content++;
                contained += passage.HasSense(sense) ? 1 : 0;
            }
        }

        double unigram = content == 0 ? 0 : contained / (double)content;
        int pairs = senses.Length - 1, pairsContained = 0;
        for (int i = 0; i + 1 < senses.Length; i++)
        {
            pairsContained += passage.HasPair(senses[i], senses[i + 1]) ? 1 : 0;
        }

        double bigram = pairs <= 0 ? unigram : pairsContained / (double)pairs;
        return (unigram + bigram) / 2;
    }
}
