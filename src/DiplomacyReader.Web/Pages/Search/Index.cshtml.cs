using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Search;

/// <summary>
/// Full-text search over passages and statements (SQLite FTS5, porter stemming), ranked by BM25, with
/// highlighted snippets that link to the exact passage or statement. Any input is safe: it goes through
/// <see cref="FullTextQuery"/>, which only ever emits quoted terms.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    private const int Limit = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PassageHit> Passages { get; private set; } = [];

    public IReadOnlyList<StatementHit> Statements { get; private set; } = [];

    public bool Searched => FullTextQuery.Build(Q) is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (FullTextQuery.Build(Q) is not string match)
        {
            return;
        }

        // snippet() marks hits with control characters that cannot occur in ingested text; the page turns them into <mark>.
        Passages = await db.Database.SqlQuery<PassageHit>($"""
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", s."Publisher", s."PublishedOn", p."Index", p."Kind",
                   snippet("PassageSearch", 0, char(2), char(3), '…', 24) AS "Snippet"
            FROM "PassageSearch"
            JOIN "Passages" AS p ON p."Id" = "PassageSearch".rowid
            JOIN "Sources" AS s ON s."Id" = p."SourceId"
            WHERE "PassageSearch" MATCH {match} AND p."Kind" <> 'Boilerplate'
            ORDER BY bm25("PassageSearch")
            LIMIT {Limit}
            """).ToListAsync(cancellationToken);
        Statements = await db.Database.SqlQuery<StatementHit>($"""
            SELECT s."Slug", COALESCE(s."Title", s."FileName") AS "Title", st."Key", st."Kind", a."Name" AS "Speaker", a."Slug" AS "SpeakerSlug",
                   snippet("StatementSearch", 0, char(2), char(3), '…', 24) AS "Snippet"
            FROM "StatementSearch"
            JOIN "Statements" AS st ON st."Id" = "StatementSearch".rowid
            JOIN "Sources" AS s ON s."Id" = st."SourceId"
            LEFT JOIN "Actors" AS a ON a."Id" = st."SpeakerId"
            WHERE "StatementSearch" MATCH {match}
            ORDER BY bm25("StatementSearch")
            LIMIT {Limit}
            """).ToListAsync(cancellationToken);
    }

    public sealed record PassageHit(string Slug, string Title, string? Publisher, DateOnly? PublishedOn, int Index, string Kind, string Snippet);

    public sealed record StatementHit(string Slug, string Title, string Key, string Kind, string? Speaker, string? SpeakerSlug, string Snippet);
}
