using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// Reads HTML with AngleSharp: finds the article (<see cref="ContentRoot"/>), keeps its headings, paragraphs,
/// lists, tables, quotes and captions, and marks — rather than drops — comment threads (comment) and site
/// chrome (boilerplate). Scripts, styles and hidden nodes are removed. Title, site name, canonical URL,
/// date and language come from JSON-LD, Open Graph and meta tags.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private const string BlockSelector = "h1,h2,h3,h4,h5,h6,p,ul,ol,table,blockquote,figcaption,pre,dl,div,section,td";
    private const int LooseTextMinLength = 30;
    private const string NestedBlocks = "p,div,section,ul,ol,table,blockquote,pre,h1,h2,h3,h4,h5,h6,figure,article,dl,main,header,footer,nav,aside,form,li";
    private static readonly string[] s_removedTags = ["script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed", "button", "input", "select", "textarea"];

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    public ReadResult Read(string text)
    {
        if (TagNesting.IsDeeperThan(text, TagNesting.MaxDepth))
        {
            throw new RefusedDocumentException($"its elements are nested deeper than {TagNesting.MaxDepth} levels, past what a page is and what can be read in reasonable time.");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        IHtmlDocument document = parser.ParseDocument(text);
        DocumentHints hints = HtmlMetadata.Read(document);
        hints = hints with { NextPage = Pagination.NextPage(document, hints.Url) };

        foreach (IElement element in document.QuerySelectorAll(string.Join(',', s_removedTags)).ToArray())
        {
            element.Remove();
        }

        foreach (IElement element in document.All.Where(IsHidden).ToArray())
        {
            element.Remove();
        }

        IElement? body = document.Body;
        if (body is null)
        {
            return new ReadResult([], hints);
        }

        var positions = new Dictionary<IElement, int>();
        LooseText.Wrap(body, positions);
        IReadOnlyList<IElement> roots = ContentRoot.Find(body);
        hints = hints with { IsStoryList = StoryList.Is(roots) };
        var header = ArticleHeader.Find(body, roots, hints.Title);
        var blocks = new List<RawBlock>();
        foreach (IElement element in body.QuerySelectorAll(BlockSelector))
        {
            if (!IsLeafBlock(element) || HasBlockAncestor(element))
            {
                continue;
            }

            string content = BlockText(element);
            if (content.Length == 0)
            {
                continue;
            }

            int start = element.SourceReference?.Position.Index ?? positions.GetValueOrDefault(element);
            var span = new TextSpan(Math.Clamp(start, 0, text.Length), Math.Clamp(start + element.OuterHtml.Length, 0, text.Length));
            blocks.Add(new RawBlock(span, content, KindOf(element, content, roots, header, hints)));
        }

        return new ReadResult(blocks, hints);
    }

    // content is the block's text as the passage will hold it.
    private static PassageKind? KindOf(IElement element, string content, IReadOnlyList<IElement> roots, ArticleHeader header, DocumentHints hints)
    {
        if (element.Ancestors<IElement>().Prepend(element).Any(a => CommentContainer().IsMatch(a.ClassName + " " + a.Id)))
        {
            return PassageKind.Comment;
        }

        IElement? root = roots.FirstOrDefault(r => r.Contains(element));
        if (root is null && header.Holds(element))
        {
            return PassageKind.Paragraph;
        }

        if (root is null)
        {
            // The headline usually sits above the article's container: it is the title, not article text.
            return element.LocalName == "h1" || content == hints.Title ? PassageKind.Metadata : PassageKind.Boilerplate;
        }

        // Inside the article: chrome nested in it (share bars, related lists, bylines) and link lists.
        if (ContentRoot.IsInChrome(element, root))
        {
            return PassageKind.Boilerplate;
        }

        // On an index page the story cards are what the page holds, so they stay.
        bool teaser = !hints.IsStoryList && (IsTeaserList(element) || InTeaser(element, root));
        if (element.LocalName is not ("table" or "pre") && ContentRoot.LinkDensity(element) > 0.5 && !IsHeadingOfText(element) && !IsLinkedSentence(element) || IsLinkList(element) || teaser
            || CookieNotice().IsMatch(content) || LinePatterns.IsChromeLine(content))
        {
            return PassageKind.Boilerplate;
        }

        // A line that is only a date ("January 24, 2025", "令和7年1月24日") is the page's date, as in a text file.
        if (LinePatterns.DateLine().IsMatch(content))
        {
            return PassageKind.Metadata;
        }

        return element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => PassageKind.Heading,
            "ul" or "ol" or "dl" => PassageKind.List,
            "table" when element.QuerySelectorAll("tr").Length > 1 && !element.QuerySelectorAll("p").Any() => PassageKind.Table,
            "figcaption" => PassageKind.Caption,
            _ => PassageKind.Paragraph,
        };
    }

    // A linked subheading that introduces article paragraphs ("Game title ($20)" linking to the shop) is
    // still a subheading; a linked heading over a list of links or nothing is navigation.
    private static bool IsHeadingOfText(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
        && NextWithText(element) is { } next && next.LocalName == "p" && ContentRoot.LinkDensity(next) < 0.25 && TextNormalizer.Collapse(next.TextContent).Length >= 80;

    // A paragraph that is one long linked sentence (a quote linking to its source) is still prose; short
    // link-only lines ("Read more: …", "[See also …]") are promotion.
    private static bool IsLinkedSentence(IElement element)
    {
        string text = TextNormalizer.Collapse(element.TextContent);
        return element.LocalName == "p" && TextNormalizer.WordCount(text) >= 20 && text[^1] is '.' or '!' or '?' or '”' or '"' or '」' or '。';
    }

    // Skips the empty wrappers that removed videos and embeds leave behind.
    private static IElement? NextWithText(IElement element)
    {
        IElement? next = element.NextElementSibling;
        while (next is not null && string.IsNullOrWhiteSpace(next.TextContent))
        {
            next = next.NextElementSibling;
        }

        return next;
    }

    // A list whose items are mostly links: "related stories", "more from", tag clouds.
    private static bool IsLinkList(IElement element) =>
        element.LocalName is "ul" or "ol"
        && element.Children.Count(c => c.LocalName == "li") is int items && items >= 2
        && element.Children.Where(c => c.LocalName == "li").Count(li => ContentRoot.LinkDensity(li) > 0.5) * 2 > items;

    // A teaser card: a small block whose headline is a link to another story, with its summary.
    private static bool InTeaser(IElement element, IElement root)
    {
        for (IElement? a = element.ParentElement; a is not null && a != root; a = a.ParentElement)
        {
            if (a.TextContent.Length > 800)
            {
                return false;
            }

            if (HasLinkedHeadline(a))
            {
                return true;
            }
        }

        return false;
    }

    // A list of teaser cards ("Most popular", "More in this section"): most items carry a linked headline.
    private static bool IsTeaserList(IElement element)
    {
        IElement[] items = element.LocalName is "ul" or "ol" ? element.Children.Where(c => c.LocalName == "li").ToArray() : [];
        return items.Length > 0 && items.Count(HasLinkedHeadline) * 2 > items.Length;
    }

    private static bool HasLinkedHeadline(IElement block) =>
        block.QuerySelectorAll("h1,h2,h3,h4,h5").Any(h => h.TextContent.Trim().Length > 0 && ContentRoot.LinkDensity(h) > 0.5);

    // div, section and td count as blocks only when they hold text of their own rather than other blocks.
    private static bool IsLeafBlock(IElement element)
    {
        if (element.LocalName is not ("div" or "section" or "td"))
        {
            return element.LocalName != "table" || !element.QuerySelectorAll("p, div p").Any();
        }

        if (element.QuerySelector(NestedBlocks) is not null)
        {
            return false;
        }

        return TextNormalizer.Collapse(element.TextContent).Length >= LooseTextMinLength;
    }

    private static string BlockText(IElement element)
    {
        if (element.LocalName is "ul" or "ol")
        {
            return string.Join("\n", element.Children.Where(c => c.LocalName == "li").Select(VisibleText.Of).Where(t => t.Length > 0));
        }

        if (element.LocalName == "table" && element.QuerySelectorAll("tr").Length > 1)
        {
            return string.Join("\n", element.QuerySelectorAll("tr").Select(row =>
                string.Join(" | ", row.Children.Select(VisibleText.Of))));
        }

        return VisibleText.Of(element);
    }

    private static bool HasBlockAncestor(IElement element) =>
        element.Ancestors<IElement>().Any(a => a.LocalName is "p" or "ul" or "ol" or "blockquote" or "pre" or "dl" or "figcaption"
            || (a.LocalName == "table" && IsLeafBlock(a))
            || (a.LocalName is "div" or "section" or "td" && IsLeafBlock(a))
            || (a.LocalName.Length == 2 && a.LocalName[0] == 'h' && char.IsDigit(a.LocalName[1])));

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    [GeneratedRegex(@"\b(comments?|comment-list|commentlist|disqus|replies|reader-?comments)\b|comment-", RegexOptions.IgnoreCase)]
    private static partial Regex CommentContainer();

    // The site speaking about itself: "We use cookies…", "This website uses cookies…". A story about cookie
    // rules says "websites must ask…", not "we use".
    [GeneratedRegex(@"\b(?:we|this (?:site|website))\s+(?:use|uses)\s+cookies\b|\baccept (?:all )?cookies\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
