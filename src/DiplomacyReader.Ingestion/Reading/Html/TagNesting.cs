namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// How deep the elements of an HTML text nest, found by a pass over its tags before any parser builds a tree.
/// AngleSharp's tree builder, and every walk up an element's ancestors after it, take time that grows with
/// the square of the depth: 100,000 nested &lt;div&gt;s took 49 s. Browsers bound the depth too (Blink's
/// parser stops nesting at 512).
/// </summary>
internal static class TagNesting
{
    /// <summary>Pages nested deeper than this are refused. Real articles nest a few dozen elements deep.</summary>
    public const int MaxDepth = 512;

    // Elements with no content, and elements the parser closes by itself when a sibling opens
    // ("<p>one<p>two", "<li>a<li>b"): neither deepens the tree however many are left open.
    private static readonly HashSet<string> s_notNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup",
        "caption", "html", "head", "body",
    };

    // Their content is text up to their own closing tag, whatever it looks like.
    private static readonly string[] s_rawText = ["script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe", "noembed", "noframes"];

    /// <summary>Whether the elements of <paramref name="html"/> nest deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsDeeperThan(string html, int maxDepth)
    {
        var open = new List<string>();
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            int tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) || tagEnd < 0)
            {
                i++;
                continue; // "a < b", "<!DOCTYPE", a tag cut off at the end
            }

            string name = html[nameStart..nameEnd].ToLowerInvariant();
            i = tagEnd + 1;
            if (closing)
            {
                int match = open.LastIndexOf(name);
                if (match >= 0)
                {
                    open.RemoveRange(match, open.Count - match);
                }
            }
            else if (s_rawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
            else if (!s_notNesting.Contains(name) && html[tagEnd - 1] != '/')
            {
                open.Add(name);
                if (open.Count > maxDepth)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
