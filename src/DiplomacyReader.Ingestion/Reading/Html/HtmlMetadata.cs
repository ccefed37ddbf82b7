using System.Text.Json;
using AngleSharp.Html.Dom;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// What a page states about itself: JSON-LD (NewsArticle and kin), Open Graph, meta tags, the canonical link,
/// &lt;time&gt;, the &lt;title&gt; without its " | Site" suffix. Whatever none of them says stays null.
/// </summary>
internal static class HtmlMetadata
{
    /// <summary>The hints <paramref name="document"/> states about itself.</summary>
    public static DocumentHints Read(IHtmlDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

        JsonLd ld = JsonLd.Read(document);
        string? site = Meta("meta[property='og:site_name']") ?? ld.Publisher ?? Meta("meta[name='application-name']");
        string? byline = ld.Author ?? NotUrl(Meta("meta[name='author']")) ?? Meta("meta[name='parsely-author']") ?? NotUrl(Meta("meta[property='article:author']"))
            ?? Meta("meta[name='byl']") ?? Meta("meta[name='sailthru.author']") ?? Meta("meta[name='dc.creator']") ?? BylineElement(document);
        string? stated = Meta("meta[property='og:title']") ?? ld.Headline ?? Meta("meta[name='parsely-title']") ?? Meta("meta[name='twitter:title']");
        // Titles end in the site's name ("… | The Japan Times") or, on opinion pages, the author's ("… | Jane Doe").
        string? title = (stated is null ? null : WithoutSiteName(WithoutSiteName(stated, site), byline)) ?? TitleWithoutSite(document.Title, site) ?? document.QuerySelector("h1")?.TextContent;
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("meta[property='og:url']") ?? ld.Url;
        string? date = Meta("meta[property='article:published_time']") ?? ld.DatePublished ?? Meta("meta[name='date']") ?? Meta("meta[name='pubdate']")
            ?? Meta("meta[itemprop='datePublished']") ?? Meta("meta[name='parsely-pub-date']") ?? Meta("meta[name='DC.date.issued']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new DocumentHints(
            title is null ? null : TextNormalizer.Collapse(title),
            site is null ? null : TextNormalizer.Collapse(site),
            url,
            ParseDate(date),
            byline,
            document.DocumentElement.GetAttribute("lang") ?? Meta("meta[http-equiv='content-language']"));
    }

    // article:author is often a profile URL, not a name.
    private static string? NotUrl(string? value) => value is not null && value.Contains("://", StringComparison.Ordinal) ? null : value;

    // The byline element templates mark up: rel="author", itemprop="author" (its name when it has one), or a
    // class that says byline; short, or it is a bio or a box of links rather than the names.
    private static string? BylineElement(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[rel~=author], [itemprop~=author], [class*=byline], [class*=Byline]"))
        {
            string text = TextNormalizer.Collapse((element.QuerySelector("[itemprop~=name]") ?? element).TextContent);
            if (text.Length is >= 3 and <= 100)
            {
                return text;
            }
        }

        return null;
    }

    // A stated title loses a " - Site" suffix only when it names the site (or the author).
    private static string WithoutSiteName(string title, string? site)
    {
        if (site is null)
        {
            return title;
        }

        foreach (string separator in new[] { " | ", " - ", " — ", " – " })
        {
            if (title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^(separator.Length + site.Length)].Trim();
            }
        }

        return title;
    }

    /// <summary>"Minister vows stability | Example News" → "Minister vows stability".</summary>
    public static string? TitleWithoutSite(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        foreach (string separator in new[] { " | ", " - ", " — ", " – ", " :: ", " « " })
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (site is null || title[(at + separator.Length)..].Contains(site, StringComparison.OrdinalIgnoreCase) || title.Length - at < 40))
            {
                return title[..at].Trim();
            }
        }

        return title.Trim();
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        return value.Length >= 10 && DateOnly.TryParse(value[..10], System.Globalization.CultureInfo.InvariantCulture, out DateOnly day) ? day : null;
    }

    private sealed record JsonLd(string? Headline, string? Publisher, string? Url, string? DatePublished, string? Author)
    {
        public static JsonLd Read(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using JsonDocument json = JsonDocument.Parse(script.TextContent);
                    foreach (JsonElement item in Items(json.RootElement))
                    {
                        if (item.TryGetProperty("headline", out JsonElement headline) || item.TryGetProperty("datePublished", out _))
                        {
                            return new JsonLd(
                                headline.ValueKind == JsonValueKind.String ? headline.GetString() : null,
                                Name(item, "publisher"),
                                String(item, "url"),
                                String(item, "datePublished"),
                                Name(item, "author"));
                        }
                    }
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block says nothing; the meta tags may still.
                }
            }

            return new JsonLd(null, null, null, null, null);
        }

        private static IEnumerable<JsonElement> Items(JsonElement root) => root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().SelectMany(Items),
            JsonValueKind.Object when root.TryGetProperty("@graph", out JsonElement graph) => Items(graph),
            JsonValueKind.Object => [root],
            _ => [],
        };

        private static string? String(JsonElement item, string name) =>
            item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        // A name, an object with a name, or a list of either (co-authors, joined).
        private static string? Name(JsonElement item, string name) =>
            !item.TryGetProperty(name, out JsonElement value) ? null
            : value.ValueKind == JsonValueKind.Array ? string.Join(", ", value.EnumerateArray().Select(NameOf).OfType<string>()) is { Length: > 0 } names ? names : null
            : NameOf(value);

        private static string? NameOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "name"),
            _ => null,
        };
    }
}
