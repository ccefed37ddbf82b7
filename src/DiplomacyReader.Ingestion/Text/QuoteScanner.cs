using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>A quotation inside a text: the span with its marks, and whether it was closed.</summary>
/// <param name="Outer">From the opening mark to just after the closing mark (or the end of the text).</param>
/// <param name="Closed">False when the quote runs on past the end of the text (a quote over several paragraphs).</param>
internal readonly record struct QuoteSpan(TextSpan Outer, bool Closed)
{
    /// <summary>The words between the marks.</summary>
    public TextSpan Inner => new(Outer.Start + 1, Closed ? Outer.End - 1 : Outer.End);
}

/// <summary>Finds double quotations, straight (" ") or curly (“ ”), pairing them by position.</summary>
internal static class QuoteScanner
{
    /// <summary>The quotations in <paramref name="text"/>, outermost only, in order.</summary>
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        var quotes = new List<QuoteSpan>();
        int open = -1;
        bool innerStraight = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('"' or '“' or '”' or '„'))
            {
                continue;
            }

            if (c == '"' && innerStraight)
            {
                innerStraight = false; // the close of a quotation within the quotation
                continue;
            }

            if (c == '"' && open >= 0 && IsOpeningPosition(text, i) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && InnerQuotation(text, open, i) is bool paired)
            {
                innerStraight = paired;
                continue;
            }

            bool opening = c is '“' or '„' || (c == '"' && open < 0 && !ClosesHere(text, i));
            if (open < 0 && opening)
            {
                open = i;
            }
            else if (open >= 0 && !(c == '“' && IsOpeningPosition(text, i)))
            {
                quotes.Add(new QuoteSpan(new TextSpan(open, i + 1), Closed: true));
                open = -1;
            }
            else if (open >= 0)
            {
                open = i; // a new curly opening before the last one closed: the earlier mark was stray
            }
        }

        if (open >= 0)
        {
            quotes.Add(new QuoteSpan(new TextSpan(open, text.Length), Closed: false));
        }

        return quotes;
    }

    /// <summary>Whether <paramref name="position"/> lies inside one of <paramref name="quotes"/> (as <see cref="Find"/> gives them: in order, apart).</summary>
    public static bool IsInside(IReadOnlyList<QuoteSpan> quotes, int position)
    {
        int last = SortedByStart.CountAtOrBefore(quotes, OpeningOf, position) - 1;
        return last >= 0 && position < quotes[last].Outer.End;
    }

    /// <summary>The quotations that open inside <paramref name="span"/>.</summary>
    public static IReadOnlyList<QuoteSpan> OpeningIn(IReadOnlyList<QuoteSpan> quotes, TextSpan span) =>
        SortedByStart.Within(quotes, OpeningOf, span);

    /// <summary>The last quotation that opens before <paramref name="position"/>, if any.</summary>
    public static QuoteSpan? LastBefore(IReadOnlyList<QuoteSpan> quotes, int position)
    {
        int count = SortedByStart.CountAtOrBefore(quotes, OpeningOf, position - 1);
        return count > 0 ? quotes[count - 1] : null;
    }

    private static int OpeningOf(QuoteSpan quote) => quote.Outer.Start;

    // "… could never translate "yabba dabba doo.'": a straight mark opening a word (a space before it, a letter
    // after it; not the spaced close of …'Clinton,' " said) inside an open quotation
    // cannot close it, so it opens a quotation within it — paired when a straight mark is left to close it
    // before the outer one closes (true), unpaired when only the outer close is left (false). Null when the
    // marks left do not say: the mark is read as before, as a close.
    private static bool? InnerQuotation(string text, int open, int mark)
    {
        int end = text[open] == '“' ? text.IndexOf('”', mark) : text.Length;
        if (end < 0)
        {
            return null;
        }

        int straightLeft = text.AsSpan(mark + 1, end - mark - 1).Count('"');
        return text[open] == '“'
            ? straightLeft is 1 ? true : straightLeft is 0 ? false : null
            : straightLeft is 2 ? true : straightLeft is 1 ? false : null;
    }

    // A straight quote right after a word and before a space or punctuation can only close.
    private static bool ClosesHere(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '—' or '-')
        && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    private static bool IsOpeningPosition(string text, int i) => i == 0 || char.IsWhiteSpace(text[i - 1]);
}
