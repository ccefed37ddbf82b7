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
        Stem(word.AsSpan()).Length == word.Length ? word : word[..^1];

    /// <summary><see cref="Stem(string)"/> of a word within a longer text.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>
    /// The words of <see cref="ForComparison"/>. A run of Chinese, Japanese or Korean characters, written
    /// without spaces, gives each character as a word of its own: compared in pairs, as the linker compares
    /// words, characters match where whole runs never would.
    /// </summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        string comparable = ForComparison(text);
        foreach (Range word in comparable.AsSpan().Split(' '))
        {
            foreach (ReadOnlySpan<char> piece in CjkPieces(comparable.AsSpan(word)))
            {
                words.Add(piece.ToString());
            }
        }

        return [.. words];
    }

    /// <summary>
    /// The pieces of one comparison word that <see cref="Words"/> gives: the word itself, or, where it holds
    /// Chinese, Japanese or Korean characters, each of them alone and the runs of other characters between them.
    /// </summary>
    internal static CjkPieceEnumerator CjkPieces(ReadOnlySpan<char> word) => new(word);

    /// <summary>Walks the pieces of <see cref="CjkPieces"/> without copying them.</summary>
    internal ref struct CjkPieceEnumerator(ReadOnlySpan<char> word)
    {
        private readonly ReadOnlySpan<char> _word = word;
        private int _next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly CjkPieceEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _word.Length)
            {
                return false;
            }

            int end = _next;
            while (end < _word.Length && !IsCjk(_word[end]))
            {
                end++;
            }

            // A CJK character is a piece of its own; so is the run of other characters before it.
            int length = end > _next ? end - _next : 1;
            Current = _word.Slice(_next, length);
            _next += length;
            return true;
        }
    }
}
