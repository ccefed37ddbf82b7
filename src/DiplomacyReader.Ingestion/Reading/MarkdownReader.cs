using System.Text;
using DiplomacyReader.Ingestion.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>
/// Reads Markdown with Markdig, block by block (see <see cref="LineBlockSplitter"/> for why). Raw HTML is
/// disabled: ingested text is never markup.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Markdown;

    /// <inheritdoc />
    public ReadResult Read(string text)
    {
        if (LeadingMarkersPastLimit(text))
        {
            throw new RefusedDocumentException($"its Markdown is nested deeper than can be read: a line opens with more than {MaxLeadingMarkers} characters of indentation, list markers or \">\".");
        }

        var blocks = new List<RawBlock>();
        foreach (LineBlock lines in LineBlockSplitter.Split(text))
        {
            TextSpan span = PlainTextReader.TrimSpan(text, lines.Span);
            MarkdownDocument document = Parse(text.Substring(span.Start, span.Length));
            foreach (Block block in document)
            {
                (PassageKind? hint, string content) = Describe(block);
                if (!string.IsNullOrWhiteSpace(content))
                {
                    var blockSpan = new TextSpan(span.Start + block.Span.Start, span.Start + Math.Min(block.Span.End + 1, span.Length));
                    blocks.Add(new RawBlock(blockSpan, content.Trim(), hint));
                }
            }
        }

        return new ReadResult(blocks, DocumentHints.None);
    }

    /// <summary>
    /// A line's nesting is written before its text: indentation, list markers and "&gt;" marks. Markdig matches
    /// every line against every container still open, so a list nested thousands deep costs lines times depth
    /// before Markdig's own depth limit stops it; a line opening with more than this is refused first. Real
    /// documents nest lists and quotes a few levels deep.
    /// </summary>
    public const int MaxLeadingMarkers = 256;

    private static bool LeadingMarkersPastLimit(string text)
    {
        int run = 0, digits = 0;
        char previous = '\n';
        foreach (char c in text)
        {
            if (c == '\n')
            {
                run = 0;
                digits = 0;
            }
            else if (run >= 0 && IsNestingMarker(c, previous, ref digits))
            {
                if (++run > MaxLeadingMarkers)
                {
                    return true;
                }
            }
            else
            {
                run = -1; // the text of the line has begun
            }

            previous = c;
        }

        return false;

        // "-----" and "*****" are rules and "1234567890" a number, not nesting; a list number has at most nine digits.
        static bool IsNestingMarker(char c, char previous, ref int digits)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            return c is ' ' or '\t' or '>' || (c is '-' or '*' or '+' or '.' or ')' && c != previous) || (digits is > 0 and <= 9);
        }
    }

    // Markdig refuses, with an ArgumentException, elements nested past its depth limit (ten thousand ">"
    // or list levels, a bomb of open emphasis): such a file is refused with that reason, not a crash.
    private static MarkdownDocument Parse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, s_markdown);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new RefusedDocumentException("its Markdown is nested deeper than Markdig can follow (block quotes, lists or emphasis inside one another).");
        }
    }

    private static (PassageKind? Hint, string Text) Describe(Block block) => block switch
    {
        HeadingBlock heading => (PassageKind.Heading, InlineText(heading.Inline)),
        Table table => (PassageKind.Table, string.Join("\n", table.OfType<TableRow>().Select(RowText))),
        ListBlock { Count: 1 } single => (null, ContainerText((ListItemBlock)single[0])),
        ListBlock list => (PassageKind.List, string.Join("\n", list.OfType<ListItemBlock>().Select(ContainerText))),
        QuoteBlock quote => (null, ContainerText(quote)),
        ParagraphBlock paragraph => (null, InlineText(paragraph.Inline)),
        LeafBlock leaf => (null, leaf.Lines.ToString()),
        ContainerBlock container => (null, ContainerText(container)),
        _ => (null, string.Empty),
    };

    private static string RowText(TableRow row) =>
        string.Join(" | ", row.OfType<TableCell>().Select(ContainerText));

    private static string ContainerText(ContainerBlock container) =>
        string.Join(" ", container.Select(b => Describe(b).Text).Where(t => t.Length > 0));

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (Inline child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
