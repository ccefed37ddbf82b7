using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// Finds the element that holds the article, the way Readability does: every paragraph scores by its length
/// and commas, the score goes to its parent and (halved) its grandparent, class and id names that say
/// "article" or "comment" weigh in, links dilute it; the best candidate wins, and the candidate's parent
/// takes over when it holds much of the article too (articles split into several sibling containers).
/// </summary>
internal static partial class ContentRoot
{
    private const int MinParagraphLength = 25;

    /// <summary>
    /// The article's containers: the best candidate and those of its siblings that score well or hold plain
    /// paragraphs (newspapers split a story over several sibling blocks). Empty when the page has no paragraph text.
    /// </summary>
    public static IReadOnlyList<IElement> Find(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        IElement? best = Best(body, scores);
        if (best is null)
        {
            return [];
        }

        best = Widen(best, body);

        if (best.ParentElement is not IElement parent)
        {
            return [best];
        }

        double threshold = Math.Max(10, Scored(scores, best) * 0.2);
        IElement[] roots = parent.Children.Where(sibling => sibling == best
                || (!IsUnlikely(sibling) && (Scored(scores, sibling) >= threshold || IsPlainParagraph(sibling) || HoldsParagraphs(sibling))))
            .ToArray();
        return [.. roots, .. ParagraphPeers(roots, body)];
    }

    // Templates give every paragraph of the story the same class; when the story is cut in two by an ad or
    // a "related coverage" box, the paragraphs beyond the cut still carry that class. Their containers
    // belong to the article too.
    private static IEnumerable<IElement> ParagraphPeers(IElement[] roots, IElement body)
    {
        IElement[] paragraphs = roots.SelectMany(r => r.QuerySelectorAll("p")).Where(p => p.ClassName is { Length: > 0 }).ToArray();
        string? storyClass = paragraphs.GroupBy(p => p.ClassName!).Where(g => g.Count() >= 3).MaxBy(g => g.Count())?.Key;
        if (storyClass is null)
        {
            return [];
        }

        return body.QuerySelectorAll("p")
            .Where(p => p.ClassName == storyClass && !roots.Any(r => r.Contains(p)) && LinkDensity(p) < 0.25 && !IsInChrome(p, body))
            .Select(p => p.ParentElement!)
            .Distinct()
            .ToArray();
    }

    // Layout grids put one story in several cells: an ancestor that holds clearly more article paragraphs
    // (not counting those in comment, related or share blocks) replaces the candidate.
    private static IElement Widen(IElement best, IElement body)
    {
        double text = ArticleParagraphText(best);
        for (IElement? ancestor = best.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (IsUnlikely(ancestor))
            {
                break;
            }

            double more = ArticleParagraphText(ancestor);
            if (more >= text * 1.5 && LinkDensity(ancestor) < 0.4)
            {
                (best, text) = (ancestor, more);
            }
        }

        return best;
    }

    private static double ArticleParagraphText(IElement container) =>
        container.QuerySelectorAll("p")
            .Where(p => LinkDensity(p) < 0.25 && OwnText(p).Length >= 60 && !IsInChrome(p, container))
            .Sum(p => OwnText(p).Length);

    /// <summary>Whether <paramref name="element"/> or one of its ancestors below <paramref name="container"/> is chrome by name or tag.</summary>
    public static bool IsInChrome(IElement element, IElement container)
    {
        for (IElement? a = element; a is not null && a != container; a = a.ParentElement)
        {
            if (IsUnlikely(a))
            {
                return true;
            }
        }

        return false;
    }

    // Paragraphs in sidebars, navigation, footers, newsletter forms and the like never vote for the article.
    // A chrome-like class name only counts on a block that holds less than half the page's text: names
    // such as "nav-drawer" or "social-anchor" sometimes wrap the whole page.
    private static bool InChrome(IElement element, IElement body, int bodyLength, Dictionary<IElement, bool> chrome)
    {
        for (IElement? a = element.ParentElement; a is not null && a != body; a = a.ParentElement)
        {
            if (!chrome.TryGetValue(a, out bool isChrome))
            {
                isChrome = a.LocalName is "aside" or "nav" or "footer" || (IsUnlikelyByName(a) && a.TextContent.Length * 2 < bodyLength);
                chrome[a] = isChrome;
            }

            if (isChrome)
            {
                return true;
            }
        }

        return false;
    }

    private static double Scored(Dictionary<IElement, double> scores, IElement element) =>
        scores.GetValueOrDefault(element) * (1 - LinkDensity(element));

    private static bool IsPlainParagraph(IElement element)
    {
        string text = OwnText(element);
        return element.LocalName == "p" && (text.Length > 80 && LinkDensity(element) < 0.25 || text.Length is > 0 and <= 80 && LinkDensity(element) == 0 && (text.EndsWith('.') || text.EndsWith('。')));
    }

    // A sibling block whose own paragraphs read as article text: long enough, few links.
    private static bool HoldsParagraphs(IElement element)
    {
        IElement[] paragraphs = element.QuerySelectorAll("p").ToArray();
        int text = paragraphs.Where(p => LinkDensity(p) < 0.25).Sum(p => OwnText(p).Length);
        return paragraphs.Length >= 2 && text > 200 && LinkDensity(element) < 0.25;
    }

    private static IElement? Best(IElement body, Dictionary<IElement, double> scores)
    {
        int bodyLength = body.TextContent.Length;
        var chrome = new Dictionary<IElement, bool>();
        foreach (IElement paragraph in body.QuerySelectorAll("p, pre, td, blockquote, div, section, li"))
        {
            if (paragraph.LocalName is "div" or "section" or "li" && paragraph.Children.Any(c => IsBlock(c)))
            {
                continue; // containers are scored through their paragraphs
            }

            string text = OwnText(paragraph);
            if (text.Length < MinParagraphLength || InChrome(paragraph, body, bodyLength, chrome))
            {
                continue; // too short to tell, or inside a sidebar, navigation or footer
            }

            double score = 1 + text.Count(c => c is ',' or '，' or '、') + Math.Min(text.Length / 100.0, 3);
            IElement? parent = paragraph.ParentElement, grandparent = parent?.ParentElement;
            if (parent is not null)
            {
                Add(scores, parent, score);
            }

            if (grandparent is not null)
            {
                Add(scores, grandparent, score / 2);
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        IElement best = scores.MaxBy(s => s.Value * (1 - LinkDensity(s.Key))).Key;
        double bestScore = scores[best] * (1 - LinkDensity(best));

        // Climb while the parent scores nearly as well: the article is spread over the parent's children.
        for (IElement? parent = best.ParentElement; parent is not null && parent != body.ParentElement; parent = parent.ParentElement)
        {
            double parentScore = scores.GetValueOrDefault(parent) * (1 - LinkDensity(parent));
            if (parentScore < bestScore * 0.75 || IsUnlikely(parent))
            {
                break;
            }

            best = parent;
            bestScore = Math.Max(bestScore, parentScore);
        }

        return best;
    }

    /// <summary>Share of an element's text that sits inside links, counted without whitespace (indentation is not text).</summary>
    public static double LinkDensity(IElement element)
    {
        int total = VisibleLength(element.TextContent);
        return total == 0 ? 0 : element.QuerySelectorAll("a").Sum(a => VisibleLength(a.TextContent)) / (double)total;
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Whether class or id names say the element is chrome, comments or promotion.</summary>
    public static bool IsUnlikely(IElement element) =>
        IsUnlikelyByName(element) || element.LocalName is "nav" or "aside" or "footer" or "form";

    private static bool IsUnlikelyByName(IElement element) =>
        Unlikely().IsMatch(element.ClassName + " " + element.Id) && !Likely().IsMatch(element.ClassName + " " + element.Id);

    private static void Add(Dictionary<IElement, double> scores, IElement element, double score)
    {
        if (!scores.ContainsKey(element))
        {
            string names = element.ClassName + " " + element.Id;
            double weight = (Likely().IsMatch(names) ? 25 : 0) - (Unlikely().IsMatch(names) ? 25 : 0) + (element.LocalName == "article" ? 10 : 0);
            scores[element] = weight;
        }

        scores[element] += score;
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol" or "table" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "header" or "footer" or "aside" or "nav" or "form";

    private static string OwnText(IElement element) => Text.TextNormalizer.Collapse(element.TextContent);

    [GeneratedRegex(@"article|body|content|entry|hentry|main|page|post|text|blog|story|prose", RegexOptions.IgnoreCase)]
    private static partial Regex Likely();

    [GeneratedRegex(@"comment|disqus|extra|foot|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|ad-break|agegate|pagination|pager|popup|yom-remote|share|promo|newsletter|subscribe|cookie|consent|gdpr|banner|outbrain|taboola|recommend|breadcrumb|byline|author|masthead|nav", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();
}
