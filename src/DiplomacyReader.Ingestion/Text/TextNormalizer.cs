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

    /// <summary>How many whitespace-separated words <paramref name="text"/> has.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>A light stemmer for comparing wordings: "partners" and "partner", "ties" and "tie" count as one word.</summary>
    public static string Stem(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>The words of <see cref="ForComparison"/>.</summary>
    public static string[] Words(string text) => ForComparison(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
