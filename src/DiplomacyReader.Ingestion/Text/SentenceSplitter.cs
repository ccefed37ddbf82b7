using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>
/// Splits text into sentences. Never splits inside a quotation (a quote with two sentences followed by
/// "Iwaya said" is one statement) nor after an abbreviation ("U.S.", "Feb.", "Gen.") or an initial; but a
/// quotation that closes a sentence it did not open (…was “unswerving.” He also…) ends that sentence.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// No sentence is longer than this: a longer run without a full stop (a file of one endless line, a list
    /// pasted as prose) is cut at a space, so that the work done per sentence stays bounded. The longest real
    /// sentence in the development corpora is under 1,000 characters.
    /// </summary>
    public const int MaxLength = 1_200;

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "No", "Nos",
        "Rev", "Sgt", "Adm", "Maj", "Cmdr", "Sens", "Reps", "Ft", "Mt",
        "Inc", "Corp", "Co", "Ltd", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "U.N", "E.U", "H.E", "a.m", "p.m",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Sentence spans of <paramref name="text"/>, trimmed. A line break (between list items) always ends one.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        if (text.Contains('\n'))
        {
            var lines = new List<TextSpan>();
            int lineStart = 0;
            foreach (string line in text.Split('\n'))
            {
                lines.AddRange(SplitLine(line).Select(s => new TextSpan(s.Start + lineStart, s.End + lineStart)));
                lineStart += line.Length + 1;
            }

            return lines;
        }

        return SplitLine(text);
    }

    private static IReadOnlyList<TextSpan> SplitLine(string text)
    {
        IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(text);
        var sentences = new List<TextSpan>();
        var corners = new CornerBrackets(text);
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' && !QuoteScanner.IsInside(quotes, i) && !corners.IsInside(i))
            {
                // Japanese full stops end a sentence without a space after them.
                int after = i + 1;
                while (after < text.Length && (text[after] is '」' or '』' or '）' || char.IsWhiteSpace(text[after])))
                {
                    after++;
                }

                Add(start, after);
                start = after;
                i = after - 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?') || (QuoteScanner.IsInside(quotes, i) && !EndsQuotedTail(text, quotes, start, i)))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or ')' or '\'')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue; // "U.S.-China", "3.5", "Kyodo.com"
            }

            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            bool startsSentence = next == text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '(';
            if (!startsSentence || (text[i] == '.' && IsAbbreviation(text, i) && next < text.Length && !StartsNewClause(text, next)))
            {
                continue;
            }

            Add(start, end);
            start = next;
            i = next - 1;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            while (to - from > MaxLength)
            {
                int cut = text.LastIndexOf(' ', from + MaxLength, MaxLength / 2) is int space and > 0 ? space : from + MaxLength;
                sentences.Add(new TextSpan(from, cut));
                from = cut;
                while (from < to && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }
            }

            if (to > from)
            {
                sentences.Add(new TextSpan(from, to));
            }
        }
    }

    // "…the resolve was “unswerving.” He also responded …": the stop is the last thing inside a quotation that
    // the sentence's own words lead into, so the sentence ends with the quotation. A quotation that opens
    // the sentence ("“We will win.” Iwaya said so twice") keeps its reporting clause after it.
    private static bool EndsQuotedTail(string text, IReadOnlyList<QuoteSpan> quotes, int sentenceStart, int stop)
    {
        // Quotes do not overlap, so the last one opening before the stop is the one around it, if any.
        if (QuoteScanner.LastBefore(quotes, stop) is not { Closed: true } quote || quote.Outer.End <= stop || quote.Outer.Start < sentenceStart)
        {
            return false;
        }

        for (int i = stop + 1; i < quote.Outer.End; i++)
        {
            if (text[i] is not ('"' or '”' or '’' or '\''))
            {
                return false; // more words inside the quotation after the stop
            }
        }

        return !text.AsSpan(sentenceStart, quote.Outer.Start - sentenceStart).IsWhiteSpace();
    }

    // 「…。…。」と述べた: a quotation in corner brackets stays in one sentence with its reporting clause. Asked
    // in text order, so one pass over the text answers every question.
    private sealed class CornerBrackets(string text)
    {
        private int _scanned;
        private bool _open;

        public bool IsInside(int index)
        {
            for (; _scanned <= index && _scanned < text.Length; _scanned++)
            {
                _open = text[_scanned] switch { '「' => true, '」' => false, _ => _open };
            }

            return _open;
        }
    }

    private static bool IsAbbreviation(string text, int period)
    {
        int start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        string word = text[start..period];
        return word.Length == 1 && char.IsUpper(word[0]) || s_abbreviations.Contains(word);
    }

    // After "U.S." a new sentence may still begin: "… with the U.S. The talks …" — "The" gives it away.
    private static bool StartsNewClause(string text, int next)
    {
        int end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[next..end] is "The" or "It" or "He" or "She" or "They" or "We" or "I" or "This" or "That" or "But" or "In" or "On";
    }
}
