using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>The shape of one line of text.</summary>
internal enum LineShape
{
    /// <summary>Running text.</summary>
    Text,
    /// <summary>A bullet or numbered list item.</summary>
    ListItem,
    /// <summary>A pipe-table row.</summary>
    TableRow,
    /// <summary>A "&gt;" block-quote line.</summary>
    Quote,
    /// <summary>An ATX "#" heading.</summary>
    Heading,
    /// <summary>A code fence.</summary>
    Fence,
}

/// <summary>A run of lines that belong together, with the shape that holds them together.</summary>
internal sealed record LineBlock(TextSpan Span, LineShape Shape, IReadOnlyList<TextSpan> Lines);

/// <summary>
/// Cuts text into blocks of lines. Blank lines always separate blocks; inside a run of non-blank lines, a
/// change of shape (text → list → table) or a line that completes a paragraph also starts a new block. Real
/// documents mix blank-line paragraphs with one-paragraph-per-line text, and CommonMark's lazy continuation
/// would otherwise glue a table or a headline onto the paragraph before it.
/// </summary>
internal static partial class LineBlockSplitter
{
    /// <summary>Lines at least this long that stop mid-sentence are taken as hard-wrapped.</summary>
    private const int WrappedLineMinLength = 60;

    /// <summary>Splits <paramref name="text"/> into line blocks.</summary>
    public static IReadOnlyList<LineBlock> Split(string text)
    {
        var blocks = new List<LineBlock>();
        var current = new List<TextSpan>();
        LineShape currentShape = LineShape.Text;
        bool inFence = false;

        foreach (TextSpan line in EnumerateLines(text))
        {
            ReadOnlySpan<char> content = text.AsSpan(line.Start, line.Length);
            LineShape shape = ShapeOf(content);
            if (inFence)
            {
                current.Add(line);
                if (shape == LineShape.Fence)
                {
                    Flush();
                    inFence = false;
                }

                continue;
            }

            if (content.IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (current.Count > 0 && !Continues(text, current[^1], currentShape, content, shape))
            {
                Flush();
            }

            if (current.Count == 0)
            {
                currentShape = shape;
                inFence = shape == LineShape.Fence;
            }

            current.Add(line);
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            blocks.Add(new LineBlock(new TextSpan(current[0].Start, current[^1].End), currentShape, current.ToArray()));
            current.Clear();
        }
    }

    /// <summary>The shape of one line.</summary>
    public static LineShape ShapeOf(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.TrimStart();
        if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
        {
            return LineShape.Fence;
        }

        if (trimmed.StartsWith("|"))
        {
            return LineShape.TableRow;
        }

        if (trimmed.StartsWith(">"))
        {
            return LineShape.Quote;
        }

        if (AtxHeading().IsMatch(trimmed))
        {
            return LineShape.Heading;
        }

        return ListMarker().IsMatch(trimmed) ? LineShape.ListItem : LineShape.Text;
    }

    private static bool Continues(string text, TextSpan previous, LineShape blockShape, ReadOnlySpan<char> line, LineShape shape)
    {
        switch (blockShape)
        {
            case LineShape.Heading:
                return false;
            case LineShape.TableRow:
            case LineShape.Quote:
                return shape == blockShape;
            case LineShape.ListItem:
                // An indented text line continues the item above it.
                return shape == LineShape.ListItem || (shape == LineShape.Text && char.IsWhiteSpace(line[0]));
            default:
                return shape == LineShape.Text && IsWrapped(text.AsSpan(previous.Start, previous.Length).Trim(), line.Trim());
        }
    }

    // A hard-wrapped line stops mid-sentence; a line that is a paragraph or a headline of its own does not.
    private static bool IsWrapped(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        // Japanese and Chinese end sentences with 。！？ and close quotes with 」』: such a line ends its paragraph too.
        if (previous.IsEmpty || next.IsEmpty || ".!?:;\"”’)]。！？」』）】".Contains(previous[^1]))
        {
            return false;
        }

        // A one- or two-word line that does not finish a sentence is a label ("politics"), not the tail of a wrap.
        if (Text.TextNormalizer.WordCount(next) <= 2 && !".!?:;\"”’)".Contains(next[^1]))
        {
            return false;
        }

        if (char.IsLower(next[0]) || previous[^1] is ',' or '-' or '–' or '—')
        {
            return true;
        }

        return previous.Length >= WrappedLineMinLength && !IsTitleCase(previous);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int words = 0, capitalised = 0;
        foreach (Range range in line.Split(' '))
        {
            ReadOnlySpan<char> word = line[range];
            if (word.Length < 4)
            {
                continue; // "of", "and", "the" are lower case in titles
            }

            words++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
        }

        return words > 0 && capitalised * 4 >= words * 3;
    }

    private static IEnumerable<TextSpan> EnumerateLines(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return new TextSpan(start, end);
            start = end + 1;
        }
    }

    [GeneratedRegex(@"^#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    /// <summary>A list item's text without its bullet or number.</summary>
    public static string WithoutListMarker(string line) => ListMarker().Replace(line, string.Empty);

    [GeneratedRegex(@"^([-*+•]|\d{1,3}[.)])\s+(?=\S)")]
    private static partial Regex ListMarker();
}
