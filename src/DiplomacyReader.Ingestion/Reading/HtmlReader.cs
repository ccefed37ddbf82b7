using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>
/// Reads HTML with AngleSharp: keeps the article's blocks, marks comment threads and site chrome as such
/// instead of dropping them, and reads the metadata the page states (title, site name, canonical URL, date).
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private const string BlockSelector = "h1,h2,h3,h4,h5,h6,p,ul,ol,table,blockquote,figcaption,pre,dl";
    private static readonly string[] s_removedTags = ["script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed"];

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    public ReadResult Read(string text)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        IHtmlDocument document = parser.ParseDocument(text);
        DocumentHints hints = ReadHints(document);

        foreach (IElement element in document.QuerySelectorAll(string.Join(',', s_removedTags)).ToArray())
        {
            element.Remove();
        }

        foreach (IElement element in document.All.Where(IsHidden).ToArray())
        {
            element.Remove();
        }

        IElement? root = FindArticleRoot(document);
        var blocks = new List<RawBlock>();
        foreach (IElement element in document.QuerySelectorAll(BlockSelector))
        {
            if (HasBlockAncestor(element))
            {
                continue; // its text is part of the enclosing block (a list inside a list, a paragraph in a quote)
            }

            string content = BlockText(element);
            if (content.Length == 0)
            {
                continue;
            }

            int start = element.SourceReference?.Position.Index ?? 0;
            var span = new TextSpan(Math.Clamp(start, 0, text.Length), Math.Clamp(start + element.OuterHtml.Length, 0, text.Length));
            blocks.Add(new RawBlock(span, content, KindOf(element, root)));
        }

        return new ReadResult(blocks, hints);
    }

    private static PassageKind? KindOf(IElement element, IElement? root)
    {
        if (element.Ancestors<IElement>().Any(a => CommentContainer().IsMatch(ClassAndId(a))))
        {
            return PassageKind.Comment;
        }

        bool inChrome = element.Ancestors<IElement>().Any(a =>
            a.LocalName is "nav" or "header" or "footer" or "aside" or "form" || ChromeContainer().IsMatch(ClassAndId(a)));
        if (inChrome || (root is not null && !root.Contains(element)))
        {
            return element.LocalName is "h1" && root is null ? PassageKind.Heading : PassageKind.Boilerplate;
        }

        return element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => PassageKind.Heading,
            "ul" or "ol" or "dl" => PassageKind.List,
            "table" => PassageKind.Table,
            "figcaption" => PassageKind.Caption,
            _ => null,
        };
    }

    private static string BlockText(IElement element)
    {
        if (element.LocalName is "ul" or "ol")
        {
            return string.Join("\n", element.Children.Where(c => c.LocalName == "li").Select(c => TextNormalizer.Collapse(c.TextContent)).Where(t => t.Length > 0));
        }

        if (element.LocalName == "table")
        {
            return string.Join("\n", element.QuerySelectorAll("tr").Select(row =>
                string.Join(" | ", row.Children.Select(cell => TextNormalizer.Collapse(cell.TextContent)))));
        }

        return TextNormalizer.Collapse(element.TextContent);
    }

    private static bool HasBlockAncestor(IElement element) =>
        element.Ancestors<IElement>().Any(a => a.LocalName is "p" or "ul" or "ol" or "table" or "blockquote" or "pre" or "dl" or "figcaption"
            || (a.LocalName.Length == 2 && a.LocalName[0] == 'h' && char.IsDigit(a.LocalName[1])));

    // The article is the <article> (or main) with the most paragraph text; pages without one use the body.
    private static IElement? FindArticleRoot(IHtmlDocument document)
    {
        IElement? best = document.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]")
            .Where(e => !CommentContainer().IsMatch(ClassAndId(e)))
            .MaxBy(e => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length));
        return best ?? document.Body;
    }

    private static DocumentHints ReadHints(IHtmlDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

        string? title = Meta("meta[property='og:title']") ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        string? publisher = Meta("meta[property='og:site_name']") ?? Meta("meta[name='publisher']");
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        string? date = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']") ?? Meta("meta[name='pubdate']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new DocumentHints(
            title is null ? null : TextNormalizer.Collapse(title),
            publisher,
            url,
            date is not null && DateOnly.TryParse(date.Length >= 10 ? date[..10] : date, out DateOnly day) ? day : null);
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    private static string ClassAndId(IElement element) => $"{element.ClassName} {element.Id}";

    [GeneratedRegex(@"\b(comments?|comment-list|disqus|replies|reader-?comments)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentContainer();

    [GeneratedRegex(@"\b(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|footer|header|cookie|consent|subscribe|newsletter|promo|sidebar|widget|advert|ads?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeContainer();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
