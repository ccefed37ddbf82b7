using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// Finds where a paginated article continues. Blogs also mark the next *story* with <c>rel="next"</c>, so a
/// link counts only when it leads to this same address with another page number ("?page=2", "/2/",
/// "/page/2", "-2.html").
/// </summary>
internal static partial class Pagination
{
    /// <summary>The address of the article's next page, or null when the page does not continue.</summary>
    public static string? NextPage(IDocument document, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? here))
        {
            return null;
        }

        IEnumerable<string?> candidates = document.QuerySelectorAll("link[rel~=next], a[rel~=next]").Select(e => e.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("a").Where(a => NextLabel().IsMatch(a.TextContent.Trim())).Select(a => a.GetAttribute("href")));
        foreach (string? href in candidates)
        {
            if (href is not null && Uri.TryCreate(here, href, out Uri? next) && next.Host == here.Host
                && next.AbsoluteUri != here.AbsoluteUri && PageMarker().IsMatch(next.PathAndQuery)
                && Unpaged(next) == Unpaged(here))
            {
                return next.AbsoluteUri;
            }
        }

        return null;
    }

    private static string Unpaged(Uri uri) => PageMarker().Replace(uri.PathAndQuery, string.Empty).TrimEnd('/', '?', '&');

    [GeneratedRegex(@"[?&](?:page|pg|p|pagina|seite|start)=\d+|/page/\d+|/\d{1,2}/?$|[-_](?:page-?)?\d{1,2}(?=\.html?$)", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^(?:next(?: page)?|page \d+|weiter|suivant|siguiente|次へ|次のページ)\s*[›»>→]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NextLabel();
}
