using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace DiplomacyReader.Fetching;

/// <summary>One entry of a feed: where its page is, and what the feed says of it.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateOnly? Published);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication, and RSS 1.0 (RDF), which it does not
/// read, by its few elements. What is not a feed (HTML where a feed was expected, XML that does not parse)
/// is refused with a reason; a DTD is never processed.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace s_rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace s_dublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The items of the feed in <paramref name="bytes"/>, links made absolute against <paramref name="feedUrl"/>; throws <see cref="FormatException"/> for what is not a feed.</summary>
    public static IReadOnlyList<FeedItem> Read(byte[] bytes, Uri feedUrl)
    {
        if (LooksLikeHtml(bytes))
        {
            throw new FormatException("it is an HTML page, not a feed.");
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            if (reader.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("it is an HTML page, not a feed.");
            }

            if (reader.LocalName == "RDF")
            {
                return Rss10(XDocument.Load(reader), feedUrl);
            }

            SyndicationFeed feed = SyndicationFeed.Load(reader);
            return feed.Items
                .Select(item => (Link: item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out Uri? id) ? id : null), item))
                .Where(x => x.Link is not null)
                .Select(x => new FeedItem(Absolute(x.Link!, feedUrl), x.item.Title?.Text, DateOf(x.item.PublishDate == default ? x.item.LastUpdatedTime : x.item.PublishDate)))
                .ToList();
        }
        catch (XmlException e)
        {
            throw new FormatException($"it is not well-formed XML ({e.Message}).", e);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // SyndicationFeed's way of saying the XML is no RSS or Atom it knows, or is cut short inside an item.
            throw new FormatException($"it is not an RSS or Atom feed that can be read ({e.Message}).", e);
        }
    }

    // A page's doctype would stop the XML reader (DTDs are not processed) before its root could say it is HTML.
    private static bool LooksLikeHtml(byte[] bytes)
    {
        string head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<FeedItem> Rss10(XDocument document, Uri feedUrl) => document.Root!.Elements(s_rss10 + "item")
        .Select(item => (Link: (string?)item.Element(s_rss10 + "link"), Title: (string?)item.Element(s_rss10 + "title"), Date: (string?)item.Element(s_dublinCore + "date")))
        .Where(i => Uri.TryCreate(i.Link?.Trim(), UriKind.RelativeOrAbsolute, out _))
        .Select(i => new FeedItem(Absolute(new Uri(i.Link!.Trim(), UriKind.RelativeOrAbsolute), feedUrl), i.Title?.Trim(),
            DateTimeOffset.TryParse(i.Date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset d) ? DateOf(d) : null))
        .ToList();

    private static Uri Absolute(Uri link, Uri feedUrl) => link.IsAbsoluteUri ? link : new Uri(feedUrl, link);

    private static DateOnly? DateOf(DateTimeOffset when) => when == default ? null : DateOnly.FromDateTime(when.UtcDateTime);
}
