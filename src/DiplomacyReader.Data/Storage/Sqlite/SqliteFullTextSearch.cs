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

    /// <summary>Tokens a snippet holds: enough that a phrase hit is not cut in two.</summary>
    private const int SnippetTokens = 32;

    protected override IQueryable<RankedHit> RankedPassages(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms) =>
        db.Database.SqlQueryRaw<RankedHit>("""SELECT rowid AS "Id", -bm25("PassageSearch") AS "Rank" FROM "PassageSearch" WHERE "PassageSearch" MATCH {0}""", Match(terms));

    protected override IQueryable<RankedHit> RankedStatements(DiplomacyDbContext db, IReadOnlyList<SearchTerm> terms) =>
        db.Database.SqlQueryRaw<RankedHit>("""SELECT rowid AS "Id", -bm25("StatementSearch") AS "Rank" FROM "StatementSearch" WHERE "StatementSearch" MATCH {0}""", Match(terms));

    protected override Task<Dictionary<int, string>> IndexedPassageSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken) =>
        SnippetsAsync(db, "PassageSearch", alternatives, ids, cancellationToken);

    protected override Task<Dictionary<int, string>> IndexedStatementSnippetsAsync(DiplomacyDbContext db, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken) =>
        SnippetsAsync(db, "StatementSearch", alternatives, ids, cancellationToken);

    private static async Task<Dictionary<int, string>> SnippetsAsync(DiplomacyDbContext db, string table, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives, int[] ids, CancellationToken cancellationToken)
    {
        string match = string.Join(" OR ", alternatives.Select(a => $"({Match(a)})"));
        string sql = $$"""
            SELECT rowid AS "Id", snippet("{{table}}", 0, char(2), char(3), '…', {{SnippetTokens}}) AS "Snippet"
            FROM "{{table}}"
            WHERE "{{table}}" MATCH {0} AND rowid IN (SELECT value FROM json_each({1}))
            """;
        List<IdSnippet> rows = await db.Database.SqlQueryRaw<IdSnippet>(sql, match, System.Text.Json.JsonSerializer.Serialize(ids)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Snippet);
    }

    /// <summary>The FTS5 query: every term quoted (so no FTS5 syntax survives), a prefix term followed by *.</summary>
    internal static string Match(IReadOnlyList<SearchTerm> terms) =>
        string.Join(' ', terms.Select(t => $"\"{t.Text}\"" + (t.IsPrefix ? "*" : "")));
}
