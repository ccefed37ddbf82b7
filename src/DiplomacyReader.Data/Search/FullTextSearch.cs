using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Search;

/// <summary>A row the index matched, with its relevance (higher is better; substring matches rank 0).</summary>
public sealed class RankedHit
{
    public int Id { get; set; }

    public double Rank { get; set; }
}

/// <summary>A snippet the index cut for one row.</summary>
public sealed class IdSnippet
{
    public int Id { get; set; }

    public string Snippet { get; set; } = "";
}

/// <summary>
/// Full-text search over passages and statements, as each database does it (FTS5 on SQLite, tsvector on
/// PostgreSQL): the rows a query matches with their rank, as a query the caller narrows, orders and pages
/// like any other, and snippets with the hits marked for the page's rows alone. Terms in scripts written
/// without spaces (<see cref="SearchTerm.IsUnspaced"/>) are matched as substrings on both.
/// </summary>
public abstract class FullTextSearch
{
    /// <summary>Marks where a hit starts in a snippet: a control character that ingested text cannot hold, so the page can turn it into markup safely.</summary>
    public const char HitStart = '\u0002';

    /// <summary>Marks where a hit ends in a snippet.</summary>
    public const char HitEnd = '\u0003';

    /// <summary>The passages (boilerplate included: the caller leaves it out) that match any alternative, each with its best rank.</summary>
    public IQueryable<RankedHit> MatchingPassages(DiplomacyDbContext db, SearchQuery query) =>
        Either(query.Alternatives.Select(alternative =>
        {
            IQueryable<RankedHit> hits = alternative.Indexed.Count > 0
                ? RankedPassages(db, alternative.Indexed)
                : db.Passages.Select(p => new RankedHit { Id = p.Id, Rank = 0 });
            foreach (string part in alternative.Substrings)
            {
                hits = hits.Where(h => db.Passages.Any(p => p.Id == h.Id && p.Text.Contains(part)));
            }

            return hits;
        }));

    /// <summary>The statements whose text or quote matches any alternative, each with its best rank.</summary>
    public IQueryable<RankedHit> MatchingStatements(DiplomacyDbContext db, SearchQuery query) =>
        Either(query.Alternatives.Select(alternative =>
        {
            IQueryable<RankedHit> hits = alternative.Indexed.Count > 0
                ? RankedStatements(db, alternative.Indexed)
                : db.Statements.Select(s => new RankedHit { Id = s.Id, Rank = 0 });
            foreach (string part in alternative.Substrings)
            {
                hits = hits.Where(h => db.Statements.Any(s => s.Id == h.Id && (s.Text.Contains(part) || (s.Quote != null && s.Quote.Contains(part)))));
            }

            return hits;
        }));

    /// <summary>The ids of the statements whose text or quote matches the query.</summary>
    public IQueryable<int> StatementIds(DiplomacyDbContext db, SearchQuery query) => MatchingStatements(db, query).Select(h => h.Id);

    /// <summary>Snippets of <paramref name="passages"/> (id and text) with the query's hits marked.</summary>
    public async Task<IReadOnlyDictionary<int, string>> PassageSnippetsAsync(DiplomacyDbContext db, SearchQuery query, IReadOnlyDictionary<int, string> passages, CancellationToken cancellationToken) =>
        Marked(query, passages, query.Indexed.Count > 0 && passages.Count > 0
            ? await IndexedPassageSnippetsAsync(db, query.Indexed, passages.Keys.ToArray(), cancellationToken)
            : new Dictionary<int, string>());

    /// <summary>Snippets of <paramref name="statements"/> (id and text) with the query's hits marked.</summary>
    public async Task<IReadOnlyDictionary<int, string>> StatementSnippetsAsync(DiplomacyDbContext db, SearchQuery query, IReadOnlyDictionary<int, string> statements, CancellationToken cancellationToken) =>
        Marked(query, statements, query.Indexed.Count > 0 && statements.Count > 0
            ? await IndexedStatementSnippetsAsync(db, query.Indexed, statements.Keys.ToArray(), cancellationToken)
            : new Dictionary<int, string>());

    /// <summary>The provider's ranked matches of one alternative's indexed terms in passages: a composable query of <see cref="RankedHit"/>.</summary>
    protected abstract IQueryable<RankedHit> RankedPassages(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms);

    /// <summary>The provider's ranked matches of one alternative's indexed terms in statements' text and quote.</summary>
    protected abstract IQueryable<RankedHit> RankedStatements(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms);

    /// <summary>The provider's snippets of the given passages for any of the alternatives, by id; a passage the index does not match is left out.</summary>
    protected abstract Task<Dictionary<int, string>> IndexedPassageSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken);

    /// <summary>The provider's snippets of the given statements for any of the alternatives, by id.</summary>
    protected abstract Task<Dictionary<int, string>> IndexedStatementSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken);

    // One alternative as it is; several as one set, each row with its best rank.
    private static IQueryable<RankedHit> Either(IEnumerable<IQueryable<RankedHit>> alternatives)
    {
        IQueryable<RankedHit>[] all = alternatives.ToArray();
        return all.Length == 1
            ? all[0]
            : all.Aggregate((a, b) => a.Concat(b)).GroupBy(h => h.Id).Select(g => new RankedHit { Id = g.Key, Rank = g.Max(h => h.Rank) });
    }

    // The index's snippet where it cut one; otherwise one cut around the first substring hit (or the text's start).
    private static Dictionary<int, string> Marked(SearchQuery query, IReadOnlyDictionary<int, string> texts, Dictionary<int, string> indexed)
    {
        IReadOnlyList<string> substrings = query.Substrings;
        return texts.ToDictionary(t => t.Key, t => indexed.TryGetValue(t.Key, out string? snippet) ? SubstringSnippet.MarkWithin(snippet, substrings) : SubstringSnippet.Mark(t.Value, substrings));
    }
}
