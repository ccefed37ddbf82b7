using System.Text;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>Whitespace and punctuation normalisation shared by readers and matchers.</summary>
public static class TextNormalizer
{
    /// <summary>Collapses runs of whitespace (including non-breaking spaces) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lower-cases and reduces text to words separated by single spaces, so that quote style, case and
    /// punctuation do not count when comparing wordings.
    /// </summary>
    public static string ForComparison(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                continue; // "Japan's" and "Japan’s" compare equal
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// How many words <paramref name="text"/> has: whitespace-separated words, plus one for every two
    /// Chinese, Japanese or Korean characters (those scripts put no spaces between words, and their words
    /// average about two characters), so that a Japanese paragraph counts as long as it reads.
    /// </summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        int words = 0, cjk = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
                inWord = false;
                continue;
            }

            bool letter = !char.IsWhiteSpace(c) && !IsCjkPunctuation(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words + (cjk + 1) / 2;
    }

    /// <summary>Whether <paramref name="c"/> is a Han, kana or Hangul character.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    // 、。「」（）：！？ and the other full-width marks.
    private static bool IsCjkPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF20');

    /// <summary>A light stemmer for comparing wordings: "partners" and "partner", "ties" and "tie" count as one word.</summary>
    public static string Stem(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>
    /// The words of <see cref="ForComparison"/>. A run of Chinese, Japanese or Korean characters, written
    /// without spaces, gives each character as a word of its own: compared in pairs, as the linker compares
    /// words, characters match where whole runs never would.
    /// </summary>
    public static string[] Words(string text) =>
        ForComparison(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Any(IsCjk) ? SplitCjk(w) : [w])
            .ToArray();

    private static IEnumerable<string> SplitCjk(string word)
    {
        int start = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (IsCjk(word[i]))
            {
                if (i > start)
                {
                    yield return word[start..i];
                }

                yield return word[i].ToString();
                start = i + 1;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }
}
