using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// A text's words in the three forms the linker compares, as <see cref="WordIds"/>: its comparison words in
/// order (a verbatim quote is a run of them), their senses (stems, another translation's words counted as the
/// official one's: the word overlap of <see cref="TextSimilarity"/>), and the keys <see cref="WordAlignment"/>
/// aligns. Worked out once per text and kept for the next import (<see cref="Of"/>).
/// </summary>
internal sealed class ComparedWords
{
    private ComparedWords(int[] plain, int[] senses, int[] keys)
    {
        Plain = plain;
        Senses = senses;
        Keys = keys;
    }

    /// <summary>The words of <see cref="TextNormalizer.ForComparison"/>, in order.</summary>
    public int[] Plain { get; }

    /// <summary>The senses of <see cref="TextNormalizer.Words"/>: each word stemmed, then its translation group's word.</summary>
    public int[] Senses { get; }

    /// <summary>The alignment keys of <see cref="WordAlignment"/>'s tokens, in order.</summary>
    public int[] Keys { get; }

    /// <summary>Whether <paramref name="sense"/> stands among the senses.</summary>
    public bool HasSense(int sense) => Senses.AsSpan().Contains(sense);

    /// <summary>Whether the two senses stand side by side, in this order.</summary>
    public bool HasPair(int first, int second)
    {
        ReadOnlySpan<int> rest = Senses;
        for (int at = rest.IndexOf(first); at >= 0 && at + 1 < rest.Length; at = rest.IndexOf(first))
        {
            if (rest[at + 1] == second)
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    /// <summary>Whether <paramref name="key"/> stands among the alignment keys.</summary>
    public bool HasKey(int key) => Keys.AsSpan().Contains(key);

    /// <summary>The words of <paramref name="text"/>, from the texts met lately where it is one of them.</summary>
    public static ComparedWords Of(string text) => s_recent.Get(text);

    // Each passage of a transcript meets every report of its speaker for two months, each report arriving in an
    // import of its own, and the passages come back from the store as new strings each time: kept by their
    // content, their words are worked out once. The words of a few million words of text are kept at most.
    private static readonly RecentlyUsed<string, ComparedWords> s_recent = new(
        capacity: 2_000_000, sizeOf: words => words.Plain.Length + 1, create: Read, StringComparer.Ordinal);

    private static ComparedWords Read(string text)
    {
        string comparable = TextNormalizer.ForComparison(text);
        var plain = new List<int>();
        var senses = new List<int>();
        foreach (Range range in comparable.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> word = comparable.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            plain.Add(WordIds.Of(word));
            foreach (ReadOnlySpan<char> piece in TextNormalizer.CjkPieces(word))
            {
                senses.Add(TranslationVariants.Sense(WordIds.Of(TextNormalizer.Stem(piece))));
            }
        }

        return new ComparedWords([.. plain], [.. senses], WordAlignment.KeyIds(text));
    }
}
