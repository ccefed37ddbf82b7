using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Japanese;

/// <summary>
/// What Japanese text needs that the English rules do not give: telling it from other scripts, its dates in
/// the era calendar (令和7年5月16日) and the Western one (2025年5月16日), and sentences ending in 。！？
/// outside 「」.
/// </summary>
public static class JapaneseText
{
    /// <summary>The share of letters in kana or kanji above which a text is read as Japanese.</summary>
    private const double JapaneseShare = 0.3;

    /// <summary>Whether <paramref name="text"/> is Japanese: mostly kana and kanji, with some kana (which Chinese has none of).</summary>
    public static bool IsJapanese(string text)
    {
        int letters = 0, japanese = 0, kana = 0;
        foreach (char c in text.Length > 20_000 ? text[..20_000] : text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
                japanese++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                japanese++;
            }
        }

        return letters > 0 && kana > 0 && japanese >= letters * JapaneseShare;
    }

    /// <summary>
    /// Whether a source's language tag is Japanese ("ja", "ja-JP"): declared by the page, or set by
    /// <see cref="JapaneseLayoutStep"/> for Japanese text that declares none. What pairs a transcript with its
    /// translation reads, so that the pipeline and the pages, which have no text at hand, decide alike.
    /// </summary>
    public static bool IsJapaneseTag(string? language) =>
        language is not null && (language.Equals("ja", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first date in <paramref name="text"/>, in either calendar, or null.</summary>
    public static DateOnly? FirstDate(string text) =>
        Text.LinePatterns.JapaneseDates().Matches(text).Select(Text.LinePatterns.JapaneseDay).FirstOrDefault(d => d is { Year: > 1900 and < 2100 });

    /// <summary>The sentences of <paramref name="text"/> as spans: each ends after 。, ！ or ？ that stands outside 「」 and （）.</summary>
    public static IEnumerable<TextSpan> Sentences(string text)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '「' or '『' or '(' or '（')
            {
                depth++;
            }
            else if (c is '」' or '』' or ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
                // A quote that was a line of its own ends its sentence, where a reader joined the lines with a space.
                if (depth == 0 && c == '」' && i + 2 < text.Length && text[i + 1] == ' ' && text[i + 2] is not ('と' or ' '))
                {
                    if (Trimmed(text, start, i + 1) is TextSpan line)
                    {
                        yield return line;
                    }

                    start = i + 1;
                }
            }
            else if (depth == 0 && c is '。' or '！' or '？' or '\n')
            {
                if (Trimmed(text, start, i + (c == '\n' ? 0 : 1)) is TextSpan span)
                {
                    yield return span;
                }

                start = i + 1;
            }
        }

        if (Trimmed(text, start, text.Length) is TextSpan last)
        {
            yield return last;
        }
    }

    private static TextSpan? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }
}
