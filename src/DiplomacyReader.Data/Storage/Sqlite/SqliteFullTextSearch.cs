using DiplomacyReader.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage.Sqlite;

/// <summary>
/// Search through the FTS5 tables "PassageSearch" and "StatementSearch" (porter stemmer; see the
/// FullTextSearch migration), ranked by BM25, snippets cut by FTS5's snippet().
/// </summary>
internal sealed class SqliteFullTextSearch : FullTextSearch
{
    public static readonly SqliteFullTextSearch Instance = new();

    protected override IQueryable<int> IndexedStatementIds(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms)
    {
        string match = Match(terms);
        return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH {match}");
    }

    protected override async Task<IReadOnlyList<PassageHit>> IndexedPassagesAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { Match(terms.Indexed), limit };
        string sql = $$"""
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", s."Publisher", s."PublishedOn", p."Index", p."Kind",
                   snippet("PassageSearch", 0, char(2), char(3), '…', 24) AS "Snippet"
            FROM "PassageSearch"
            JOIN "Passages" AS p ON p."Id" = "PassageSearch".rowid
            JOIN "Sources" AS s ON s."Id" = p."SourceId"
            WHERE "PassageSearch" MATCH {0} AND p."Kind" <> 'Boilerplate'{{Contains("p.\"Text\"", terms.Substrings, parameters)}}
            ORDER BY bm25("PassageSearch")
            LIMIT {1}
            """;
        return await db.Database.SqlQueryRaw<PassageHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<StatementHit>> IndexedStatementsAsync(DiplomacyDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { Match(terms.Indexed), limit };
        string sql = $$"""
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", st."Key", st."Kind", a."Name" AS "Speaker", a."Slug" AS "SpeakerSlug",
                   snippet("StatementSearch", 0, char(2), char(3), '…', 24) AS "Snippet"
            FROM "StatementSearch"
            JOIN "Statements" AS st ON st."Id" = "StatementSearch".rowid
            JOIN "Sources" AS s ON s."Id" = st."SourceId"
            LEFT JOIN "Actors" AS a ON a."Id" = st."SpeakerId"
            WHERE "StatementSearch" MATCH {0}{{Contains("st.\"Text\" || ' ' || COALESCE(st.\"Quote\", '')", terms.Substrings, parameters)}}
            ORDER BY bm25("StatementSearch")
            LIMIT {1}
            """;
        return await db.Database.SqlQueryRaw<StatementHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    protected override string ContainsCondition(string column, string parameter) => $"instr({column}, {parameter}) > 0";

    /// <summary>The FTS5 query: every term quoted (so no FTS5 syntax survives), a prefix term followed by *.</summary>
    internal static string Match(IReadOnlyList<SearchTerm> terms) =>
        string.Join(' ', terms.Select(t => $"\"{t.Text}\"" + (t.IsPrefix ? "*" : "")));

}
