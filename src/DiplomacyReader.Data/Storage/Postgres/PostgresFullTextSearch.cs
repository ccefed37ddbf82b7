using DiplomacyReader.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage.Postgres;

/// <summary>
/// Search through the stored <c>to_tsvector('english', …)</c> columns and their GIN indexes (see the
/// StoredSearchVectors migration), ranked by <c>ts_rank_cd</c>, snippets cut by <c>ts_headline</c>. The query is a tsquery
/// written from <see cref="SearchTerms"/>: lexemes of letters and digits only, <c>&lt;-&gt;</c> inside a
/// phrase, <c>:*</c> for a prefix, <c>|</c> between alternatives, all passed as a parameter.
/// </summary>
internal sealed class PostgresFullTextSearch : FullTextSearch
{
    public static readonly PostgresFullTextSearch Instance = new();

    // The generated columns the indexes are built on (not in the model: PostgreSQL computes them).
    private const string PassageVector = "p.\"SearchVector\"";
    private const string StatementVector = "st.\"SearchVector\"";
    private const string Headline = """'StartSel="' || chr(2) || '", StopSel="' || chr(3) || '", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'""";

    protected override IQueryable<RankedHit> RankedPassages(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms) =>
        db.Database.SqlQueryRaw<RankedHit>(
            $$"""SELECT p."Id", ts_rank_cd({{PassageVector}}, to_tsquery('english'::regconfig, {0}))::double precision AS "Rank" FROM "Passages" AS p WHERE {{PassageVector}} @@ to_tsquery('english'::regconfig, {0})""",
            TsQuery(terms));

    protected override IQueryable<RankedHit> RankedStatements(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms) =>
        db.Database.SqlQueryRaw<RankedHit>(
            $$"""SELECT st."Id", ts_rank_cd({{StatementVector}}, to_tsquery('english'::regconfig, {0}))::double precision AS "Rank" FROM "Statements" AS st WHERE {{StatementVector}} @@ to_tsquery('english'::regconfig, {0})""",
            TsQuery(terms));

    // ts_headline reads the whole text, so it runs on the page's rows alone.
    protected override Task<Dictionary<int, string>> IndexedPassageSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken) =>
        SnippetsAsync(db, $$"""SELECT p."Id", ts_headline('english'::regconfig, p."Text", q.query, {{Headline}}) AS "Snippet" FROM "Passages" AS p, q WHERE p."Id" = ANY({1}) AND {{PassageVector}} @@ q.query""", alternatives, ids, cancellationToken);

    protected override Task<Dictionary<int, string>> IndexedStatementSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken) =>
        SnippetsAsync(db, $$"""SELECT st."Id", ts_headline('english'::regconfig, st."Text", q.query, {{Headline}}) AS "Snippet" FROM "Statements" AS st, q WHERE st."Id" = ANY({1}) AND {{StatementVector}} @@ q.query""", alternatives, ids, cancellationToken);

    private static async Task<Dictionary<int, string>> SnippetsAsync(DiplomacyDbContext db, string select, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken)
    {
        string query = string.Join(" | ", alternatives.Select(a => $"({TsQuery(a)})"));
        string sql = "WITH q AS (SELECT to_tsquery('english'::regconfig, {0}) AS query) " + select;
        List<IdSnippet> rows = await db.Database.SqlQueryRaw<IdSnippet>(sql, query, ids).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Snippet);
    }

    /// <summary>The tsquery text: <c>'word'</c>, <c>'two' &lt;-&gt; 'words'</c>, <c>'prefix':*</c>, joined by <c>&amp;</c>.</summary>
    internal static string TsQuery(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" & ", terms.Select(t => string.Join(" <-> ", t.Words.Select(w => $"'{w}'")) + (t.IsPrefix ? ":*" : "")));
}
