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
        var blocks = new List<RawBlock>();
        foreach (LineBlock lines in LineBlockSplitter.Split(text))
        {
            TextSpan span = PlainTextReader.TrimSpan(text, lines.Span);
            MarkdownDocument document = Markdown.Parse(text.Substring(span.Start, span.Length), s_markdown);
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
