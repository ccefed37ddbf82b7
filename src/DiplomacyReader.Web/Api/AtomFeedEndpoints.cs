using System.ServiceModel.Syndication;
using System.Xml;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Pages.Shared;
using DiplomacyReader.Web.Pages.Statements;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>
/// Follow a query: an Atom feed (RFC 4287) of the newest statements a statements filter shows
/// (<c>/statements/feed?…the page's parameters…</c>) or a search finds (<c>/search/feed?q=…</c>), each entry
/// linking to the statement's page. A feed reader polls it and shows what is new since its last visit.
/// </summary>
public static class AtomFeedEndpoints
{
    /// <summary>Entries in a feed: the newest statements, as feeds of news sites carry.</summary>
    public const int Entries = 50;

    public static IEndpointRouteBuilder MapAtomFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.StatementsFeed, async ([AsParameters] StatementQueryString query, DiplomacyDbContext db, PublicSite site, HttpContext http, CancellationToken cancellationToken) =>
                await WriteAsync(query.ToFilter() with { Sort = StatementSort.Newest }, "Statements" + await DescribeAsync(query, db, cancellationToken), query.Url(Routes.Statements), query.Url(Routes.StatementsFeed), db, site, http, cancellationToken))
            .WithName("StatementsFeed").WithTags("Feeds")
            .WithSummary($"An Atom feed of the newest {Entries} statements the statements page's filters show");
        app.MapGet(Routes.Search + "/feed", (string? q, DiplomacyDbContext db, PublicSite site, HttpContext http, CancellationToken cancellationToken) =>
                string.IsNullOrWhiteSpace(q)
                    ? Task.FromResult<IResult>(TypedResults.Problem("A search feed needs words: /search/feed?q=…", statusCode: StatusCodes.Status400BadRequest))
                    : WriteAsync(new StatementFilter { Text = q }, $"Statements matching “{q}”", $"{Routes.Search}?q={Uri.EscapeDataString(q)}", Routes.SearchFeed(q), db, site, http, cancellationToken))
            .WithName("SearchFeed").WithTags("Feeds")
            .WithSummary($"An Atom feed of the newest {Entries} statements that hold the search's words");
        return app;
    }

    private static async Task<IResult> WriteAsync(StatementFilter filter, string title, string pageUrl, string selfUrl, DiplomacyDbContext db, PublicSite site, HttpContext http, CancellationToken cancellationToken)
    {
        int[] ids = (await http.RequestServices.GetRequiredService<Data.Queries.Columns.StatementIndex>()
            .PageOrAskDatabaseAsync(db, filter, after: null, before: null, skip: 0, take: Entries, cancellationToken)).Select(k => k.Id).ToArray();
        IReadOnlyList<StatementListItem> items = await StatementListItemQueries.ItemsAsync(db, ids, cancellationToken);
        Dictionary<int, DateTimeOffset> ingested = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Source.IngestedAt }).ToDictionaryAsync(s => s.Id, s => s.IngestedAt, cancellationToken);
        string baseUrl = site.BaseUrl(http.Request);
        var feed = new SyndicationFeed(title, "DiplomacyReader: statements on Japan's foreign policy", new Uri(baseUrl + pageUrl, UriKind.RelativeOrAbsolute))
        {
            // An id that does not change with the host the feed is read through: the query itself.
            Id = "urn:diplomacy-reader:feed:" + selfUrl,
            LastUpdatedTime = ingested.Count > 0 ? ingested.Values.Max() : DateTimeOffset.UnixEpoch,
            Generator = "DiplomacyReader",
            Items = items.Select(item => Entry(item, ingested[item.Id], baseUrl)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "DiplomacyReader" });
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + selfUrl, UriKind.RelativeOrAbsolute), "self", title, "application/atom+xml", 0));

        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        using (XmlWriter writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static SyndicationItem Entry(StatementListItem item, DateTimeOffset ingested, string baseUrl)
    {
        string words = item.Quote is null ? item.Text : $"“{item.Quote}”";
        string title = $"{item.SpeakerName ?? "Unattributed"}: {(words.Length > 120 ? words[..120] + "…" : words)}";
        string about = $"{words}\n\n{item.SourceTitle}{(item.Publisher is null ? "" : ", " + item.Publisher)}{(item.Date is DateOnly d ? ", " + d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "")}"
            + (new TrustSignals(item.SourceKind, item.SourceFlags, item.CitedPublisher) is { IsWorthShowing: true } trust
                ? $" ({string.Join("; ", trust.Flags.Select(TrustSignals.FlagLabel).Prepend(TrustSignals.KindLabel(item.SourceKind)))})"
                : "");
        var entry = new SyndicationItem(title, new TextSyndicationContent(about), new Uri(baseUrl + Routes.Statement(item.Id), UriKind.RelativeOrAbsolute),
            $"urn:diplomacy-reader:statement:{item.Id}", ingested)
        {
            PublishDate = item.Date is DateOnly date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : default,
        };
        if (item.SpeakerName is not null)
        {
            entry.Authors.Add(new SyndicationPerson { Name = item.SpeakerName });
        }

        foreach (NamedTag country in item.Countries)
        {
            entry.Categories.Add(new SyndicationCategory(country.Key, "urn:diplomacy-reader:country", country.Name));
        }

        foreach (NamedTag topic in item.Topics)
        {
            entry.Categories.Add(new SyndicationCategory(topic.Key, "urn:diplomacy-reader:topic", topic.Name));
        }

        return entry;
    }

    // "Statements: country mentioned China, speaker Takeshi Iwaya", as the page's filter pills name them.
    private static async Task<string> DescribeAsync(StatementQueryString query, DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        foreach ((string key, string value) in query.Values().Where(v => v.Key is not ("p" or "after" or "before" or "sort")))
        {
            values.Add($"{FilterValueNames.FilterName(key).ToLowerInvariant()} {await FilterValueNames.StoredNameAsync(db, key, value, cancellationToken) ?? value}");
        }

        return values.Count == 0 ? "" : ": " + string.Join(", ", values);
    }
}
