using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Search;

/// <summary>What narrows a search besides its words: the dates, kind and countries of the sources, and who speaks.</summary>
public sealed record SearchFilter(DateOnly? From = null, DateOnly? To = null, SourceKind? SourceKind = null, string? Country = null, string? Speaker = null)
{
    public bool IsNarrowed => From is not null || To is not null || SourceKind is not null || Country is not null || Speaker is not null;

    /// <summary>The passages a search may find: no boilerplate, in sources of the dates and kind asked for, about the country, with a statement by the speaker.</summary>
    public IQueryable<Passage> Passages(DiplomacyDbContext db)
    {
        IQueryable<Passage> passages = db.Passages.AsNoTracking().Where(p => p.Kind != PassageKind.Boilerplate);
        if (From is DateOnly from)
        {
            passages = passages.Where(p => p.Source.PublishedOn >= from);
        }

        if (To is DateOnly to)
        {
            passages = passages.Where(p => p.Source.PublishedOn <= to);
        }

        if (SourceKind is SourceKind kind)
        {
            passages = passages.Where(p => p.Source.Kind == kind);
        }

        if (Country is not null)
        {
            passages = passages.Where(p => p.Source.Countries.Any(c => c.Code == Country));
        }

        if (Speaker is not null)
        {
            passages = passages.Where(p => p.Statements.Any(s => s.Speaker != null && s.Speaker.Slug == Speaker));
        }

        return passages;
    }

    /// <summary>The statements a search may find: the statements page's filter with the same values.</summary>
    public IQueryable<Statement> Statements(DiplomacyDbContext db) =>
        new StatementFilter { From = From, To = To, SourceKind = SourceKind, Country = Country, Actor = Speaker }.Apply(db);
}

/// <summary>Where a hit comes from, as lists show it: the source's kind, its warnings, the outlet an aggregator rewords.</summary>
public sealed record HitSource(string Slug, string Title, string? Publisher, DateOnly? Date, SourceKind Kind, IReadOnlyList<FlagKind> Flags, string? Cites);

/// <summary>A passage that matched, with a snippet whose hits are marked by <see cref="FullTextSearch.HitStart"/> and <see cref="FullTextSearch.HitEnd"/>.</summary>
public sealed record PassageHit(int Id, HitSource Source, int Index, PassageKind Kind, string Snippet);

/// <summary>A statement that matched, with its speaker and a marked snippet of its text.</summary>
public sealed record StatementHit(int Id, HitSource Source, string Key, StatementKind Kind, string? Speaker, string? SpeakerSlug, string Snippet);

/// <summary>One page of hits and how many there are in all.</summary>
public sealed record HitPage<T>(IReadOnlyList<T> Hits, int Total);

/// <summary>
/// A search's results a page at a time, best first (then newest): the index's ranked matches narrowed by the
/// filter, counted, paged, and only the page's rows read and given snippets.
/// </summary>
public static class SearchResults
{
    /// <summary>How many of the index's best matches a page is first looked for in (<see cref="FromBestMatchesAsync"/>).</summary>
    public const int FirstCut = 1000;

    /// <param name="firstCut">How many of the best matches a page is first looked for in; 0 ranks every match. Either way the page is the same.</param>
    public static async Task<HitPage<PassageHit>> PassagesAsync(DiplomacyDbContext db, SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken, int firstCut = FirstCut)
    {
        (int[] ids, int total) = await PageOfRankedAsync(db.FullText.MatchingPassages(db, query),
            filter.Passages(db).Select(p => new RankedRow { Id = p.Id, SortDate = p.Source.SortDate, SourceId = p.SourceId, Order = p.Index }), skip, take, firstCut, cancellationToken);
        var rows = await db.Passages.AsNoTracking().Where(p => ids.Contains(p.Id)).AsSplitQuery()
            .Select(p => new
            {
                p.Id, p.Index, p.Kind, p.Text,
                Source = new HitSource(p.Source.Slug, p.Source.Title ?? p.Source.FileName, p.Source.Publisher, p.Source.PublishedOn, p.Source.Kind,
                    p.Source.Flags.Select(f => f.Kind).ToList(), p.Source.CitedPublisher),
            })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<int, string> snippets = await db.FullText.PassageSnippetsAsync(db, query, rows.ToDictionary(r => r.Id, r => r.Text), cancellationToken);
        return new HitPage<PassageHit>(rows.Select(r => new PassageHit(r.Id, r.Source, r.Index, r.Kind, snippets[r.Id])).ToList().OrderedAs(ids, h => h.Id), total);
    }

    /// <param name="firstCut">How many of the best matches a page is first looked for in; 0 ranks every match. Either way the page is the same.</param>
    public static async Task<HitPage<StatementHit>> StatementsAsync(DiplomacyDbContext db, SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken, int firstCut = FirstCut)
    {
        (int[] ids, int total) = await PageOfRankedAsync(db.FullText.MatchingStatements(db, query),
            filter.Statements(db).Select(s => new RankedRow { Id = s.Id, SortDate = s.SortDate, SourceId = s.SourceId, Order = s.Ordinal }), skip, take, firstCut, cancellationToken);
        var rows = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id)).AsSplitQuery()
            .Select(s => new
            {
                s.Id, s.Key, s.Kind, s.Text,
                Speaker = s.Speaker != null ? s.Speaker.Name : null,
                SpeakerSlug = s.Speaker != null ? s.Speaker.Slug : null,
                Source = new HitSource(s.Source.Slug, s.Source.Title ?? s.Source.FileName, s.Source.Publisher, s.Source.PublishedOn, s.Source.Kind,
                    s.Source.Flags.Select(f => f.Kind).ToList(), s.Source.CitedPublisher),
            })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<int, string> snippets = await db.FullText.StatementSnippetsAsync(db, query, rows.ToDictionary(r => r.Id, r => r.Text), cancellationToken);
        return new HitPage<StatementHit>(rows.Select(r => new StatementHit(r.Id, r.Source, r.Key, r.Kind, r.Speaker, r.SpeakerSlug, snippets[r.Id])).ToList().OrderedAs(ids, h => h.Id), total);
    }

    /// <summary>A hit the filter keeps, with what orders it: its rank, then newest source first, then reading order.</summary>
    private sealed class RankedRow
    {
        public int Id { get; init; }

        public double Rank { get; init; }

        public DateOnly SortDate { get; init; }

        public int SourceId { get; init; }

        public int Order { get; init; }
    }

    // Best first, then newest, then reading order: in the database and, for the first cut, in memory alike.
    private static IQueryable<RankedRow> InRankOrder(IQueryable<RankedRow> rows) =>
        rows.OrderByDescending(r => r.Rank).ThenByDescending(r => r.SortDate).ThenByDescending(r => r.SourceId).ThenBy(r => r.Order);

    // The page's ids among the matches the filter keeps (rows), and how many it keeps in all.
    private static async Task<(int[] Ids, int Total)> PageOfRankedAsync(IQueryable<RankedHit> matches, IQueryable<RankedRow> rows, int skip, int take, int firstCut, CancellationToken cancellationToken)
    {
        IQueryable<RankedRow> ranked = from hit in matches
                                       join row in rows on hit.Id equals row.Id
                                       select new RankedRow { Id = row.Id, Rank = hit.Rank, SortDate = row.SortDate, SourceId = row.SourceId, Order = row.Order };
        int total = await ranked.CountAsync(cancellationToken);
        int[] ids = await FromBestMatchesAsync(matches, rows, skip, take, firstCut, cancellationToken)
            ?? await InRankOrder(ranked).Skip(skip).Take(take).Select(r => r.Id).ToArrayAsync(cancellationToken);
        return (ids, total);
    }

    // The page's ids from the index's best firstCut matches, or null when they cannot be sure to hold it. Ranking
    // every match of a common word ("alliance": a hundred thousand passages) through a join to the passages and
    // their sources was most of a search; the index ranks its matches alone much faster. The page is exact when
    // the cut held every match, or when the page's last row ranks above the cut's lowest: every match left out
    // ranks at most that low, so it comes after the page.
    private static async Task<int[]?> FromBestMatchesAsync(IQueryable<RankedHit> matches, IQueryable<RankedRow> rows, int skip, int take, int firstCut, CancellationToken cancellationToken)
    {
        if (firstCut <= 0 || skip + take > firstCut)
        {
            return null;
        }

        var best = await matches.OrderByDescending(h => h.Rank).Take(firstCut).Select(h => new { h.Id, h.Rank }).ToListAsync(cancellationToken);
        Dictionary<int, double> rankOf = best.ToDictionary(h => h.Id, h => h.Rank);
        int[] ids = [.. rankOf.Keys];
        List<RankedRow> kept = [.. InRankOrder((await rows.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
            .Select(r => new RankedRow { Id = r.Id, Rank = rankOf[r.Id], SortDate = r.SortDate, SourceId = r.SourceId, Order = r.Order })
            .AsQueryable())];
        bool everyMatch = best.Count < firstCut;
        if (!everyMatch && (kept.Count < skip + take || kept[skip + take - 1].Rank <= best[^1].Rank))
        {
            return null;
        }

        return kept.Skip(skip).Take(take).Select(r => r.Id).ToArray();
    }
}
