using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>A statement as the reader highlights it inside its passage.</summary>
public sealed record HighlightedStatement(string Key, StatementKind Kind, int Start, int End, string? Quote, string? Speaker);

/// <summary>A run of passage text: plain, or a statement's sentence with its quoted words marked.</summary>
public sealed record PassageSegment(string Text, HighlightedStatement? Statement, IReadOnlyList<QuotePart> Parts);

/// <summary>A piece of a highlighted sentence; <see cref="QuoteKey"/> is set on quoted words.</summary>
public sealed record QuotePart(string Text, string? QuoteKey);

/// <summary>
/// Cuts a passage's text at its statements' offsets so that the page can mark each sentence and the quoted
/// words inside it. Several statements can share one sentence (two partial quotes); the sentence is marked
/// once, each quote on its own. Text is only ever cut, never interpreted: the page encodes every piece.
/// </summary>
public static class PassageSegments
{
    public static IReadOnlyList<PassageSegment> Build(string text, IEnumerable<HighlightedStatement> statements)
    {
        var segments = new List<PassageSegment>();
        int position = 0;
        foreach (IGrouping<(int Start, int End), HighlightedStatement> sentence in statements
            .Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End)
            .GroupBy(s => (s.Start, s.End))
            .OrderBy(g => g.Key.Start))
        {
            if (sentence.Key.Start < position)
            {
                continue; // overlapping spans: keep the first
            }

            if (sentence.Key.Start > position)
            {
                segments.Add(new PassageSegment(text[position..sentence.Key.Start], null, []));
            }

            string sentenceText = text[sentence.Key.Start..sentence.Key.End];
            segments.Add(new PassageSegment(sentenceText, sentence.First(), QuoteParts(sentenceText, sentence.ToArray())));
            position = sentence.Key.End;
        }

        if (position < text.Length)
        {
            segments.Add(new PassageSegment(text[position..], null, []));
        }

        return segments;
    }

    private static IReadOnlyList<QuotePart> QuoteParts(string sentence, IReadOnlyList<HighlightedStatement> statements)
    {
        var parts = new List<QuotePart>();
        int position = 0;
        var quotes = statements
            .Where(s => s.Quote is { Length: > 0 })
            .Select(s => (s.Key, Index: sentence.IndexOf(s.Quote!, StringComparison.Ordinal), s.Quote!.Length))
            .Where(q => q.Index >= 0)
            .OrderBy(q => q.Index);
        foreach ((string key, int index, int length) in quotes)
        {
            if (index < position)
            {
                continue;
            }

            if (index > position)
            {
                parts.Add(new QuotePart(sentence[position..index], null));
            }

            parts.Add(new QuotePart(sentence.Substring(index, length), key));
            position = index + length;
        }

        if (position < sentence.Length)
        {
            parts.Add(new QuotePart(sentence[position..], null));
        }

        return parts;
    }
}
