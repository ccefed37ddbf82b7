using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Segmenting;

/// <summary>
/// Gives each block its passage kind from its shape and its place in the page: the article body, the
/// labels and tag lines above it, the comment thread and site chrome below it.
/// </summary>
internal static class PassageClassifier
{
    /// <summary>Blocks of at least this many words start the article body.</summary>
    private const int BodyParagraphMinWords = 15;

    /// <summary>Longest line taken for a heading.</summary>
    private const int HeadingMaxWords = 20;

    /// <summary>Longest question taken for a question block.</summary>
    private const int QuestionMaxWords = 45;

    /// <summary>Classifies <paramref name="blocks"/> in reading order.</summary>
    public static IReadOnlyList<PassageRecord> Classify(string text, IReadOnlyList<RawBlock> blocks)
    {
        IReadOnlyList<RawBlock> split = SplitDatePrefixes(text, blocks);
        var kinds = new PassageKind[split.Count];
        var state = new PageState();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (int i = 0; i < split.Count; i++)
        {
            RawBlock block = split[i];
            string? next = i + 1 < split.Count ? split[i + 1].Text : null;
            PassageKind kind = block.Hint ?? KindOf(block.Text, next, state, i > 0 ? kinds[i - 1] : null);
            if (kind is PassageKind.Heading or PassageKind.Paragraph && !seen.Add(block.Text))
            {
                kind = PassageKind.Boilerplate; // a headline repeated by the page template
            }

            if (!state.BodyStarted && kind is PassageKind.Paragraph or PassageKind.Answer && TextNormalizer.WordCount(block.Text) >= BodyParagraphMinWords)
            {
                state.BodyStarted = true;
                state.BodyStart = i;
            }

            kinds[i] = kind;
        }

        if (state.BodyStarted && !state.InComments && !state.AfterComments)
        {
            MarkThreadOpenedAboveTheBody(split, kinds, state.BodyStart);
        }

        return WithSections(split, kinds);
    }

    private static PassageKind KindOf(string line, string? next, PageState state, PassageKind? previous)
    {
        if (state.AfterComments)
        {
            return PassageKind.Boilerplate;
        }

        if (state.InComments)
        {
            if (LinePatterns.CommentThreadEnd().IsMatch(line))
            {
                state.InComments = false;
                state.AfterComments = true;
                return PassageKind.Boilerplate;
            }

            return LinePatterns.VoteCounter().IsMatch(line) || LinePatterns.CommentThreadStart().IsMatch(line)
                ? PassageKind.Boilerplate
                : PassageKind.Comment;
        }

        if (LinePatterns.CommentThreadStart().IsMatch(line))
        {
            // A comment count under the headline is a label; after the body it opens the thread.
            state.InComments = state.BodyStarted;
            return state.BodyStarted ? PassageKind.Boilerplate : PassageKind.Metadata;
        }

        if (LinePatterns.Copyright().IsMatch(line) || LinePatterns.DateLine().IsMatch(line) || LinePatterns.DomainLine().IsMatch(line)
            || LinePatterns.IsGluedTagLine(line) || LinePatterns.StageDirection().IsMatch(line))
        {
            return PassageKind.Metadata;
        }

        if (LinePatterns.IsChromeLine(line))
        {
            return PassageKind.Boilerplate;
        }

        if (LinePatterns.CaptionCredit().IsMatch(line))
        {
            return PassageKind.Caption;
        }

        int words = TextNormalizer.WordCount(line);
        if ((line.EndsWith('?') || line.EndsWith('？')) && words <= QuestionMaxWords)
        {
            return PassageKind.Question;
        }

        if (previous == PassageKind.Question)
        {
            return PassageKind.Answer;
        }

        if (!EndsLikeSentence(line) && words <= HeadingMaxWords)
        {
            // One- or two-word labels ("politics", "English") sit among other labels; headings precede text.
            bool label = words <= 2 && (next is null || !EndsLikeSentence(next) || !state.BodyStarted);
            return label ? PassageKind.Metadata : PassageKind.Heading;
        }

        return PassageKind.Paragraph;
    }

    /// <summary>
    /// Japan Today prints "13 Comments" under the headline, so no line after the body opens the thread; its
    /// vote counters ("14 ( +16 / -2 )") show it instead. The first counter closes the first comment, which
    /// runs back to the article's last credit line ("© KYODO"); without such a line only the paragraph right
    /// above the counter is taken, so an article is never folded away as a comment.
    /// </summary>
    private static void MarkThreadOpenedAboveTheBody(IReadOnlyList<RawBlock> blocks, PassageKind[] kinds, int bodyStart)
    {
        int firstCounter = -1;
        for (int i = bodyStart; i < blocks.Count && firstCounter < 0; i++)
        {
            if (LinePatterns.VoteCounter().IsMatch(blocks[i].Text))
            {
                firstCounter = i;
            }
        }

        if (firstCounter < 1 || !IsReadersText(kinds[firstCounter - 1]))
        {
            return;
        }

        int start = firstCounter - 1;
        while (start > 0 && IsReadersText(kinds[start - 1]))
        {
            start--;
        }

        bool creditAbove = start > 0 && kinds[start - 1] == PassageKind.Metadata && LinePatterns.Copyright().IsMatch(blocks[start - 1].Text);
        for (int i = creditAbove ? start : firstCounter - 1; i < blocks.Count; i++)
        {
            if (LinePatterns.CommentThreadEnd().IsMatch(blocks[i].Text))
            {
                for (int rest = i; rest < blocks.Count; rest++)
                {
                    kinds[rest] = PassageKind.Boilerplate;
                }

                return;
            }

            if (IsReadersText(kinds[i]))
            {
                kinds[i] = PassageKind.Comment;
            }
        }
    }

    private static bool IsReadersText(PassageKind kind) =>
        kind is PassageKind.Paragraph or PassageKind.Heading or PassageKind.Question or PassageKind.Answer or PassageKind.List;

    private static IReadOnlyList<PassageRecord> WithSections(IReadOnlyList<RawBlock> blocks, PassageKind[] kinds)
    {
        var passages = new List<PassageRecord>(blocks.Count);
        string? section = null;
        bool sawText = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (kinds[i] == PassageKind.Heading)
            {
                // The first heading above any text is the document's title, not a section.
                section = sawText ? blocks[i].Text : null;
            }
            else if (kinds[i] is PassageKind.Paragraph or PassageKind.List or PassageKind.Table or PassageKind.Question or PassageKind.Answer)
            {
                sawText = true;
            }

            passages.Add(new PassageRecord(i, kinds[i], kinds[i] == PassageKind.Heading ? null : section, blocks[i].Span, blocks[i].Text));
        }

        return passages;
    }

    // "date 2025-01-24 Foreign Minister …": the date becomes a metadata passage of its own.
    private static IReadOnlyList<RawBlock> SplitDatePrefixes(string text, IReadOnlyList<RawBlock> blocks)
    {
        var result = new List<RawBlock>(blocks.Count + 1);
        foreach (RawBlock block in blocks)
        {
            System.Text.RegularExpressions.Match match = LinePatterns.DatePrefix().Match(block.Text);
            if (!match.Success || block.Hint is not null || match.Length >= block.Text.Length)
            {
                result.Add(block);
                continue;
            }

            string prefix = match.Value.Trim();
            int prefixStart = text.IndexOf(prefix, block.Span.Start, StringComparison.Ordinal);
            int prefixEnd = prefixStart < 0 ? block.Span.Start : prefixStart + prefix.Length;
            int bodyStart = prefixEnd;
            while (bodyStart < block.Span.End && char.IsWhiteSpace(text[bodyStart]))
            {
                bodyStart++;
            }

            result.Add(new RawBlock(new TextSpan(Math.Max(prefixStart, block.Span.Start), prefixEnd), prefix, PassageKind.Metadata));
            result.Add(new RawBlock(new TextSpan(bodyStart, block.Span.End), block.Text[match.Length..], null));
        }

        return result;
    }

    // "Relations with neighboring countries, etc." is a heading: "etc." ends a list, not a sentence.
    internal static bool EndsLikeSentence(string line) =>
        line.Length > 0 && ".!?:;\"”’)。！？：」』）".Contains(line[^1]) && !line.EndsWith(", etc.", StringComparison.Ordinal);


    private sealed class PageState
    {
        public bool BodyStarted { get; set; }

        /// <summary>The block that started the body, once <see cref="BodyStarted"/>.</summary>
        public int BodyStart { get; set; }

        public bool InComments { get; set; }

        public bool AfterComments { get; set; }
    }
}
