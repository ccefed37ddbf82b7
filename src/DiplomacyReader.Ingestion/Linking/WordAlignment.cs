using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>What happened to one word between the transcript and the press rendering.</summary>
public enum WordChange
{
    /// <summary>The word stands in both.</summary>
    Same,
    /// <summary>The press wrote a word the transcript does not have there.</summary>
    Added,
    /// <summary>The transcript has a word the press left out.</summary>
    Dropped,
}

/// <summary>One word of a word-level difference, as written in its text.</summary>
public readonly record struct WordDiff(WordChange Change, string Word);

/// <summary>The part of a passage a reported wording aligns with, and how the words differ.</summary>
/// <param name="Start">Start of the aligned window in the passage text.</param>
/// <param name="End">End of the aligned window in the passage text.</param>
/// <param name="Score">Alignment score normalised to 0..1 by the reported wording's length.</param>
/// <param name="Diff">The words of both, in order: same, added by the press, dropped from the transcript.</param>
public sealed record Alignment(int Start, int End, double Score, IReadOnlyList<WordDiff> Diff);

/// <summary>
/// Local alignment of word sequences (Smith–Waterman, as text-reuse tools such as passim use): finds the
/// stretch of a transcript passage that a press quote renders, robust to words added, dropped or changed,
/// then spells out the difference word by word.
/// </summary>
public static partial class WordAlignment
{
    private const int Match = 2;
    private const int Mismatch = -1;
    private const int Gap = -1;

    /// <summary>Aligns <paramref name="reported"/> within <paramref name="passage"/>; null when nothing aligns.</summary>
    public static Alignment? Align(string reported, string passage)
    {
        Token[] a = Tokens(reported);
        Token[] b = Tokens(passage);
        if (a.Length == 0 || b.Length == 0)
        {
            return null;
        }

        var scores = new int[a.Length + 1, b.Length + 1];
        int best = 0, bestI = 0, bestJ = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int score = Cell(scores[i - 1, j - 1], scores[i - 1, j], scores[i, j - 1], a[i - 1].Key == b[j - 1].Key);
                scores[i, j] = score;
                if (score > best)
                {
                    (best, bestI, bestJ) = (score, i, j);
                }
            }
        }

        if (best == 0)
        {
            return null;
        }

        // Walk back to where the local alignment starts.
        int si = bestI, sj = bestJ;
        while (si > 0 && sj > 0 && scores[si, sj] > 0)
        {
            int here = scores[si, sj];
            if (here == scores[si - 1, sj - 1] + (a[si - 1].Key == b[sj - 1].Key ? Match : Mismatch))
            {
                si--;
                sj--;
            }
            else if (here == scores[si - 1, sj] + Gap)
            {
                si--;
            }
            else
            {
                sj--;
            }
        }

        // The whole reported wording is compared with the aligned window, so words the press added at either end show.
        IReadOnlyList<WordDiff> diff = Diff(a, b[sj..bestJ]);
        return new Alignment(b[sj].Start, b[bestJ - 1].End, Normalised(best, a.Length), diff);
    }

    /// <summary>
    /// <see cref="Align"/>'s score alone (0 where nothing aligns), without the window or the difference: two rows
    /// of the table instead of all of it. The linker scores each statement against every candidate passage and
    /// keeps only the number; building the table and the difference for each pair was most of its time.
    /// </summary>
    public static double Score(string reported, string passage) => Score(ComparedWords.Of(reported), ComparedWords.Of(passage));

    /// <summary><see cref="Score(string, string)"/> of words worked out already.</summary>
    internal static double Score(ComparedWords reported, ComparedWords passage)
    {
        int[] a = reported.Keys;
        int[] b = passage.Keys;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        int best = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Cell(previous[j - 1], previous[j], current[j - 1], a[i - 1] == b[j - 1]);
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return Normalised(best, a.Length);
    }

    // One cell of the local alignment: a match or mismatch on the diagonal, a gap from above or the left, or a fresh start.
    private static int Cell(int diagonal, int above, int left, bool same) =>
        Math.Max(0, Math.Max(diagonal + (same ? Match : Mismatch), Math.Max(above + Gap, left + Gap)));

    private static double Normalised(int best, int reportedWords) => Math.Min(1, best / (double)(Match * reportedWords));

    // Longest common subsequence over word keys, emitted in reading order.
    private static IReadOnlyList<WordDiff> Diff(Token[] press, Token[] transcript)
    {
        var lengths = new int[press.Length + 1, transcript.Length + 1];
        for (int i = press.Length - 1; i >= 0; i--)
        {
            for (int j = transcript.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = press[i].Key == transcript[j].Key ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var diff = new List<WordDiff>();
        int p = 0, t = 0;
        while (p < press.Length || t < transcript.Length)
        {
            if (p < press.Length && t < transcript.Length && press[p].Key == transcript[t].Key)
            {
                diff.Add(new WordDiff(WordChange.Same, transcript[t].Text));
                p++;
                t++;
            }
            else if (t < transcript.Length && (p == press.Length || lengths[p, t + 1] >= lengths[p + 1, t]))
            {
                diff.Add(new WordDiff(WordChange.Dropped, transcript[t].Text));
                t++;
            }
            else
            {
                diff.Add(new WordDiff(WordChange.Added, press[p].Text));
                p++;
            }
        }

        return diff;
    }

    /// <summary>
    /// A bound on <see cref="Align"/>'s score, without aligning: the share of the reported words whose key the
    /// passage holds at all. Every match on the alignment's path is such a word, so the score is never above it.
    /// </summary>
    public static double ScoreBound(string reported, string passage) => ScoreBound(ComparedWords.Of(reported), ComparedWords.Of(passage));

    /// <summary><see cref="ScoreBound(string, string)"/> of words worked out already.</summary>
    internal static double ScoreBound(ComparedWords reported, ComparedWords passage) =>
        reported.Keys.Length == 0 ? 0 : reported.Keys.Count(passage.HasKey) / (double)reported.Keys.Length;

    /// <summary>The <see cref="WordIds"/> of the keys of <paramref name="text"/>'s tokens, in order: what the linker aligns.</summary>
    internal static int[] KeyIds(string text)
    {
        var ids = new List<int>();
        EachKey(text, (_, key) => ids.Add(WordIds.Of(key)));
        return [.. ids];
    }

    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        EachKey(text, (word, key) => tokens.Add(new Token(text.Substring(word.Index, word.Length), key.ToString(), word.Index, word.Index + word.Length)));
        return [.. tokens];
    }

    private delegate void KeyFound(ValueMatch word, ReadOnlySpan<char> key);

    // Each word of the text with its key. Case, apostrophes and a plural "s" do not make words different: the key
    // is the word's letters and digits, lower case, stemmed. A word without any has no key and is passed over.
    private static void EachKey(string text, KeyFound found)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (ValueMatch word in WordPattern().EnumerateMatches(text))
        {
            Span<char> letters = word.Length <= buffer.Length ? buffer : new char[word.Length];
            int length = 0;
            foreach (char c in text.AsSpan(word.Index, word.Length))
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters[length++] = char.ToLowerInvariant(c);
                }
            }

            if (length > 0)
            {
                found(word, Text.TextNormalizer.Stem(letters[..length]));
            }
        }
    }

    private readonly record struct Token(string Text, string Key, int Start, int End);

    // A Han, kana or Hangul character is a word of its own: those scripts put no spaces between words.
    [GeneratedRegex(@"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]|[\p{L}\p{N}-[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]][\p{L}\p{N}'’.-[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]]*")]
    private static partial Regex WordPattern();
}
