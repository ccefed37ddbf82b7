using System.Text;

namespace DiplomacyReader.Evaluation.Fuzzing;

/// <summary>
/// Inputs built to make a reader or step work harder than the size of its input: each shape repeats one
/// pattern up to a size, so the time it takes per megabyte shows whether the work grows faster than the
/// input. The shapes are those the fuzz run of issue 15 found slow, deep or fatal.
/// </summary>
public static class HostileShapes
{
    /// <summary>One kind of hostile input: a name, the file name it is offered under, and how to build it.</summary>
    public sealed record Shape(string Name, string FileName, Func<int, byte[]> Build)
    {
        /// <inheritdoc />
        public override string ToString() => Name;
    }

    // Ordinary reporting prose: what a long, honest file looks like. Each paragraph is numbered, since the
    // pipeline rightly takes a paragraph repeated word for word as page chrome and skips it.
    private const string Prose =
        "Foreign Minister Takeshi Iwaya said on Tuesday that Japan would \"continue to work closely\" with the United States. " +
        "He told reporters in Tokyo that the talks, the {0}th this year, had been frank. Officials in Beijing did not comment.\n\n";

    /// <summary>Every shape, in the order the bench prints them.</summary>
    public static IReadOnlyList<Shape> All { get; } =
    [
        new("unbalanced quotes", "quotes.txt", size => Repeat("Iwaya said \"a ", size)),
        new("quoted words", "quoted-words.txt", size => Repeat("\"word\" ", size)),
        new("unclosed tags", "unclosed.html", size => Repeat("<div><p><b>Iwaya said \"a ", size)),
        new("nested divs", "nested.html", size => Nested("<div>", " Iwaya said the talks were frank. ", "</div>", size)),
        new("one long line", "long-line.txt", size => Numbered(Prose.Replace("\n", " "), size)),
        new("many short lines", "lines.txt", size => Repeat("a line\n", size)),
        new("ordinary prose", "prose.txt", size => Numbered(Prose, size)),
        new("nested block quotes", "quotes.md", size => Nested(">", " Iwaya said \"a\"\n", "", size)),
        new("deep list", "list.md", size => DeepList(size)),
        new("emphasis bomb", "emphasis.md", size => Repeat("*a **b _c ", size)),
        new("link bomb", "links.md", size => Repeat("[a](b [c](d ", size)),
    ];

    /// <summary>The six bytes that once ended the process: a list bullet, an open quote, a new line, a word.</summary>
    public static byte[] SixByteCrasher => "* \"\n f"u8.ToArray();

    private static byte[] Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Numbered(string format, int size)
    {
        var text = new StringBuilder(size + format.Length + 10);
        for (int n = 1; text.Length < size; n++)
        {
            text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, format, n);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // Opening units, a middle, then as many closing units: nesting as deep as the size allows.
    private static byte[] Nested(string open, string middle, string close, int size)
    {
        int depth = Math.Max(1, (size - middle.Length) / (open.Length + close.Length));
        var text = new StringBuilder(size + middle.Length);
        text.Insert(0, open, depth).Append(middle);
        for (int i = 0; i < depth && close.Length > 0; i++)
        {
            text.Append(close);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] DeepList(int size)
    {
        var text = new StringBuilder(size);
        for (int depth = 0; text.Length < size; depth++)
        {
            text.Append(' ', 2 * depth).Append("- item\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
