using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiplomacyReader.Ingestion.Text;
using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Html;

/// <summary>
/// Compares an extracted article body with the expected one by word 4-gram shingles, the usual measure for
/// main-content extraction: precision is how much of what was kept belongs to the article, recall how much
/// of the article was kept.
/// </summary>
public static class ShingleScore
{
    /// <summary>Words per shingle.</summary>
    public const int Size = 4;

    /// <summary>Shingle counts of <paramref name="extracted"/> against <paramref name="expected"/>.</summary>
    public static Counts Score(string extracted, string expected)
    {
        HashSet<string> got = Shingles(extracted), want = Shingles(expected);
        int common = got.Count(want.Contains);
        return new Counts(common, got.Count - common, want.Count - common);
    }

    /// <summary>The visible text of an HTML fragment, with a space between every two text nodes.</summary>
    public static string TextOf(string html)
    {
        var builder = new StringBuilder();
        foreach (INode node in new HtmlParser().ParseDocument(html).Body?.Descendants() ?? [])
        {
            if (node.NodeType == NodeType.Text && node.ParentElement?.LocalName is not ("script" or "style"))
            {
                builder.Append(node.TextContent).Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of each paragraph-like block of an HTML fragment (for explaining a score).</summary>
    public static IEnumerable<string> Paragraphs(string html) =>
        Blocks(html, "p, li, h1, h2, h3, h4, h5, h6, pre, td, figcaption", Size);

    /// <summary>The text of each <c>p</c> of ten words or more: the article's prose, without credits and headings.</summary>
    public static IEnumerable<string> ProseParagraphs(string html) => Blocks(html, "p", 10);

    private static IEnumerable<string> Blocks(string html, string selector, int minWords) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(selector)
            .Where(e => !e.QuerySelectorAll("p, li").Any())
            .Select(e => TextNormalizer.Collapse(e.TextContent))
            .Where(t => TextNormalizer.WordCount(t) >= minWords);

    private static HashSet<string> Shingles(string text)
    {
        string[] words = TextNormalizer.Words(text);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + Size <= words.Length; i++)
        {
            shingles.Add(string.Join(' ', words, i, Size));
        }

        return shingles;
    }
}
