using System.Text;

namespace DiplomacyReader.Data.Stories;

/// <summary>
/// A 64-bit hash of a text's words, lower-cased, with punctuation and spacing gone: two outlets that print the
/// same wire paragraph, or the same quote, get the same fingerprint even where their quote marks, dashes and
/// line breaks differ. Short texts get none ("he said.", "Thank you.") because they say nothing about
/// which story they come from.
/// </summary>
public static class Fingerprint
{
    /// <summary>Paragraphs shorter than this are common to many stories.</summary>
    public const int MinParagraphWords = 12;

    /// <summary>Quotes shorter than this are common to many stories.</summary>
    public const int MinQuoteWords = 6;

    public static long? OfParagraph(string text) => Of(text, MinParagraphWords);

    public static long? OfQuote(string? quote) => quote is null ? null : Of(quote, MinQuoteWords);

    private static long? Of(string text, int minWords)
    {
        // FNV-1a over the normalised words: stable across runs and processes, unlike string.GetHashCode.
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        ulong hash = offset;
        int words = 0;
        bool inWord = false;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (!inWord && words > 0)
                {
                    hash = (hash ^ ' ') * prime;
                }

                inWord = true;
                int value = Rune.ToLowerInvariant(rune).Value;
                hash = (hash ^ (uint)(value & 0xFFFF)) * prime;
                hash = (hash ^ (uint)(value >> 16)) * prime;
            }
            else if (inWord)
            {
                inWord = false;
                words++;
            }
        }

        words += inWord ? 1 : 0;
        return words >= minWords ? unchecked((long)hash) : null;
    }
}
