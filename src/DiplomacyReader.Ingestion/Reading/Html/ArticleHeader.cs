using AngleSharp.Dom;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// The stretch between the headline and the article's container. News templates put the standfirst (the
/// one-sentence summary under the headline) there, outside the container that holds the body text; it
/// belongs to the article all the same. (Captions of lead photos there stay chrome: on many pages that
/// stretch is a gallery.)
/// </summary>
internal sealed class ArticleHeader
{
    private const int MinWords = 10;
    private readonly IElement? _headline;
    private readonly IElement? _firstRoot;
    private readonly IElement? _scope;

    private ArticleHeader(IElement? headline, IElement? firstRoot, IElement? scope) =>
        (_headline, _firstRoot, _scope) = (headline, firstRoot, scope);

    /// <summary>The header of the article held by <paramref name="roots"/>: from the page's headline (the <c>h1</c>
    /// that reads as the title, else the first) to the first root, within their closest shared ancestor.</summary>
    public static ArticleHeader Find(IElement body, IReadOnlyList<IElement> roots, string? title)
    {
        IElement[] headlines = body.QuerySelectorAll("h1").ToArray();
        IElement? headline = headlines.FirstOrDefault(h => TextNormalizer.Collapse(h.TextContent) == title) ?? headlines.FirstOrDefault();
        IElement? firstRoot = roots.Count > 0 ? roots[0] : null;
        if (headline is null || firstRoot is null || !Precedes(headline, firstRoot))
        {
            return new ArticleHeader(null, null, null);
        }

        IElement? scope = headline.ParentElement;
        while (scope is not null && !scope.Contains(firstRoot))
        {
            scope = scope.ParentElement;
        }

        return new ArticleHeader(headline, firstRoot, scope == body ? null : scope);
    }

    /// <summary>Whether <paramref name="element"/> (a paragraph or a div of loose text) is a standfirst: prose, not a byline, that sits
    /// after the headline and before the article's container, outside any chrome.</summary>
    public bool Holds(IElement element)
    {
        if (_scope is null || !_scope.Contains(element) || !Precedes(_headline!, element) || !Precedes(element, _firstRoot!) || ContentRoot.IsInChrome(element, _scope))
        {
            return false;
        }

        string text = TextNormalizer.Collapse(element.TextContent);
        return element.LocalName is "p" or "div"
            && TextNormalizer.WordCount(text) >= MinWords
            && !text.StartsWith("By ", StringComparison.Ordinal)
            && ContentRoot.LinkDensity(element) < 0.25;
    }

    private static bool Precedes(INode first, INode second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following) && !first.Contains(second);
}
