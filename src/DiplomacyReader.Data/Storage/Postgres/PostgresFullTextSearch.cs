using DiplomacyReader.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage.Postgres;

/// <summary>
/// Search through expression GIN indexes over <c>to_tsvector('english', …)</c> (see the FullTextSearch
/// migration), ranked by <c>ts_rank_cd</c>, snippets cut by <c>ts_headline</c>. The query is a tsquery
/// written from <see cref="SearchTerms"/>: lexemes of letters and digits only, <c>&lt;-&gt;</c> inside a
/// phrase, <c>:*</c> for a prefix, all passed as a parameter.
/// </summary>
internal sealed class PostgresFullTextSearch : FullTextSearch
{
    public static readonly PostgresFullTextSearch Instance = new();

    // The expressions the indexes are built on: a query uses an index only when it repeats the expression exactly.
    private const string PassageVector = """to_tsvector('english'::regconfig, p."Text")""";
    private const string StatementVector = """to_tsvector('english'::regconfig, st."Text" || ' ' || COALESCE(st."Quote", ''))""";
    private const string Headline = """'StartSel="' || chr(2) || '", StopSel="' || chr(3) || '", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'""";

    protected override IQueryable<int> IndexedStatementIds(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms)
    {
        string query = TsQuery(terms);
        return db.Database.SqlQueryRaw<int>(
            $$"""SELECT st."Id" AS "Value" FROM "Statements" AS st WHERE {{StatementVector}} @@ to_tsquery('english'::regconfig, {0})""", query);
    }

    protected override async Task<IReadOnlyList<PassageHit>> IndexedPassagesAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { TsQuery(terms.Indexed), limit };
        // The best ids first, then headlines for those alone: ts_headline reads the whole text, so it runs on the page's hits, not on every match.
        string sql = $$"""
            WITH q AS (SELECT to_tsquery('english'::regconfig, {0}) AS query),
            best AS (
                SELECT p."Id", ts_rank_cd({{PassageVector}}, q.query) AS rank
                FROM "Passages" AS p, q
                WHERE {{PassageVector}} @@ q.query AND p."Kind" <> 'Boilerplate'{{Contains("p.\"Text\"", terms.Substrings, parameters)}}
                ORDER BY rank DESC, p."Id"
                LIMIT {1})
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", s."Publisher", s."PublishedOn", p."Index", p."Kind",
                   ts_headline('english'::regconfig, p."Text", q.query, {{Headline}}) AS "Snippet"
            FROM best JOIN "Passages" AS p ON p."Id" = best."Id" JOIN "Sources" AS s ON s."Id" = p."SourceId", q
            ORDER BY best.rank DESC, p."Id"
            """;
        return await db.Database.SqlQueryRaw<PassageHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<StatementHit>> IndexedStatementsAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { TsQuery(terms.Indexed), limit };
        string sql = $$"""
            WITH q AS (SELECT to_tsquery('english'::regconfig, {0}) AS query),
            best AS (
                SELECT st."Id", ts_rank_cd({{StatementVector}}, q.query) AS rank
                FROM "Statements" AS st, q
                WHERE {{StatementVector}} @@ q.query{{Contains("st.\"Text\" || ' ' || COALESCE(st.\"Quote\", '')", terms.Substrings, parameters)}}
                ORDER BY rank DESC, st."Id"
                LIMIT {1})
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", st."Key", st."Kind", a."Name" AS "Speaker", a."Slug" AS "SpeakerSlug",
                   ts_headline('english'::regconfig, st."Text", q.query, {{Headline}}) AS "Snippet"
            FROM best JOIN "Statements" AS st ON st."Id" = best."Id" JOIN "Sources" AS s ON s."Id" = st."SourceId"
                 LEFT JOIN "Actors" AS a ON a."Id" = st."SpeakerId", q
            ORDER BY best.rank DESC, st."Id"
            """;
        return await db.Database.SqlQueryRaw<StatementHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    protected override string ContainsCondition(string column, string parameter) => $"strpos({column}, {parameter}) > 0";

    /// <summary>The tsquery text: <c>'word'</c>, <c>'two' &lt;-&gt; 'words'</c>, <c>'prefix':*</c>, joined by <c>&amp;</c>.</summary>
    internal static string TsQuery(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" & ", terms.Select(t => string.Join(" <-> ", t.Words.Select(w => $"'{w}'")) + (t.IsPrefix ? ":*" : "")));

}
