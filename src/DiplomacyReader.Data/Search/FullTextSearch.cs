using DiplomacyReader.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Search;

/// <summary>
/// Full-text search over passages and statements, as each database does it (FTS5 on SQLite, tsvector on
/// PostgreSQL): ranked hits with marked snippets, and the statements a filter's words select. Terms in
/// scripts written without spaces (<see cref="SearchTerm.IsUnspaced"/>) are matched as substrings on both.
/// </summary>
public abstract class FullTextSearch
{
    /// <summary>Marks where a hit starts in a snippet: a control character that ingested text cannot hold, so the page can turn it into markup safely.</summary>
    public const char HitStart = '\u0002';

    /// <summary>Marks where a hit ends in a snippet.</summary>
    public const char HitEnd = '\u0003';

    /// <summary>The ids of the statements whose text or quote holds every term.</summary>
    public IQueryable<int> StatementIds(DiplomacyDbContext db, SearchTerms terms)
    {
        IQueryable<int> ids = terms.Indexed.Count > 0 ? IndexedStatementIds(db, terms.Indexed) : db.Statements.Select(s => s.Id);
        foreach (string part in terms.Substrings)
        {
            IQueryable<int> containing = db.Statements.Where(s => s.Text.Contains(part) || (s.Quote != null && s.Quote.Contains(part))).Select(s => s.Id);
            ids = ids.Where(id => containing.Contains(id));
        }

        return ids;
    }

    /// <summary>The best <paramref name="limit"/> passages holding every term, boilerplate left out.</summary>
    public async Task<IReadOnlyList<PassageHit>> PassagesAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        if (terms.Indexed.Count > 0)
        {
            return await IndexedPassagesAsync(db, terms, limit, cancellationToken);
        }

        IQueryable<Entities.Passage> passages = db.Passages.Where(p => p.Kind != Ingestion.Model.PassageKind.Boilerplate);
        foreach (string part in terms.Substrings)
        {
            passages = passages.Where(p => p.Text.Contains(part));
        }

        var rows = await passages
            .OrderByDescending(p => p.Source.SortDate).ThenByDescending(p => p.SourceId).ThenBy(p => p.Index)
            .Take(limit)
            .Select(p => new { p.Source.Slug, Title = p.Source.Title ?? p.Source.FileName, p.Source.Publisher, p.Source.PublishedOn, p.Index, p.Kind, p.Text })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PassageHit(r.Slug, r.Title, r.Publisher, r.PublishedOn, r.Index, r.Kind.ToString(), SubstringSnippet.Mark(r.Text, terms.Substrings))).ToList();
    }

    /// <summary>The best <paramref name="limit"/> statements holding every term.</summary>
    public async Task<IReadOnlyList<StatementHit>> StatementsAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        if (terms.Indexed.Count > 0)
        {
            return await IndexedStatementsAsync(db, terms, limit, cancellationToken);
        }

        IQueryable<int> ids = StatementIds(db, terms);
        var rows = await db.Statements.Where(s => ids.Contains(s.Id))
            .NewestFirst()
            .Take(limit)
            .Select(s => new { s.Source.Slug, Title = s.Source.Title ?? s.Source.FileName, s.Key, s.Kind, Speaker = s.Speaker == null ? null : s.Speaker.Name, SpeakerSlug = s.Speaker == null ? null : s.Speaker.Slug, s.Text })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StatementHit(r.Slug, r.Title, r.Key, r.Kind.ToString(), r.Speaker, r.SpeakerSlug, SubstringSnippet.Mark(r.Text, terms.Substrings))).ToList();
    }

    /// <summary>
    /// " AND …" conditions that <paramref name="column"/> holds each substring term, written into raw SQL with
    /// each term a positional parameter appended to <paramref name="parameters"/>.
    /// </summary>
    protected string Contains(string column, IReadOnlyList<string> parts, List<object> parameters)
    {
        var conditions = new System.Text.StringBuilder();
        foreach (string part in parts)
        {
            conditions.Append(" AND ").Append(ContainsCondition(column, "{" + parameters.Count + "}"));
            parameters.Add(part);
        }

        return conditions.ToString();
    }

    /// <summary>The provider's SQL for "<paramref name="column"/> contains <paramref name="parameter"/>" (exactly, case and all).</summary>
    protected abstract string ContainsCondition(string column, string parameter);

    /// <summary>The ids of the statements whose text or quote holds every indexed term.</summary>
    protected abstract IQueryable<int> IndexedStatementIds(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms);

    /// <summary>Passages matching the indexed terms through the index, the substring terms as plain conditions, ranked by relevance.</summary>
    protected abstract Task<IReadOnlyList<PassageHit>> IndexedPassagesAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken);

    /// <summary>Statements matching the indexed terms through the index, the substring terms as plain conditions, ranked by relevance.</summary>
    protected abstract Task<IReadOnlyList<StatementHit>> IndexedStatementsAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken);
}
