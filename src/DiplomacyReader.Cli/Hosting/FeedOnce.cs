using DiplomacyReader.Data.Importing;
using DiplomacyReader.Fetching;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Hosting;

/// <summary>
/// <c>ingest --feed URL</c>: one poll of a feed, now: its items' pages fetched under the same rules as the
/// web app's service, each stored with what the feed says of it. Nothing is remembered between runs but the
/// store itself: an item already stored ends as a duplicate.
/// </summary>
public static class FeedOnce
{
    public static async Task<IReadOnlyList<ImportResult>> IngestAsync(Uri feedUrl, SourceImporter importer, PoliteFetcher fetcher, Action<ImportResult> report, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        void Add(ImportResult result)
        {
            results.Add(result);
            report(result);
        }

        FetchResult feed = await fetcher.FetchAsync(feedUrl, cancellationToken: cancellationToken);
        IReadOnlyList<FeedItem> items;
        try
        {
            items = feed.Succeeded ? FeedReader.Read(feed.Bytes!, feed.FinalUrl) : throw new FormatException(feed.Failure);
        }
        catch (FormatException e)
        {
            Add(new ImportResult(feedUrl.AbsoluteUri, ImportOutcome.Failed, Reason: $"the feed could not be read: {e.Message}"));
            return results;
        }

        foreach (FeedItem item in items.DistinctBy(i => i.Link.AbsoluteUri))
        {
            string name = PageNames.For(item.Link);
            FetchResult page = await fetcher.FetchAsync(item.Link, cancellationToken: cancellationToken);
            Add(page.Succeeded
                ? await importer.ImportAsync(new SourceInput(name, page.Bytes!, new KnownFacts(item.Title, null, page.FinalUrl.AbsoluteUri, item.Published)), cancellationToken)
                : new ImportResult(name, ImportOutcome.Failed, Reason: $"{item.Link}: {page.Failure}"));
        }

        return results;
    }
}
