using System.Text;
using AngleSharp.Dom;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// The text of an element as a browser lays it out, not as <c>TextContent</c> glues it: a line break or a
/// block boundary (a caption, a heading, a div inside a list item) separates words. "Tokyo&lt;br&gt;Japan"
/// reads "Tokyo Japan", not "TokyoJapan".
/// </summary>
internal static class VisibleText
{
    private static readonly HashSet<string> s_breaking =
        ["br", "p", "div", "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "blockquote", "pre", "hr", "address"];

    /// <summary>The element's text with whitespace collapsed and words at block boundaries kept apart.</summary>
    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return TextNormalizer.Collapse(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                bool breaks = s_breaking.Contains(element.LocalName);
                if (breaks)
                {
                    builder.Append(' ');
                }

                Append(element, builder);
                if (breaks)
                {
                    builder.Append(' ');
                }
            }
        }
    }
}
