using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Compare;

/// <summary>
/// Transcripts that can be compared with their press coverage, newest first, a hundred at a time (keyset paging, as
/// the sources list): a decade's store holds thousands, and each row counts the statements linked to it.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 100;

    /// <summary>The last row of the page before (<see cref="ListCursor"/>); none for the newest.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<Row> Transcripts { get; private set; } = [];

    /// <summary>Where the next page starts, or null on the last page.</summary>
    public ListCursor? Next { get; private set; }

    public bool IsFirstPage => ListCursor.Parse(After) is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKind.Transcript)
            .NewestFirst(ListCursor.Parse(After))
            .Take(PageSize + 1) // one more than shown tells whether there is a next page
            .Select(s => new { s.SortDate, s.Id, s.Slug, Title = s.Title ?? s.FileName, s.PublishedOn, Speaker = s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Name : null })
            .ToListAsync(cancellationToken);
        // Counted for the page's transcripts alone, after the page is read: counted in the same query, SQLite counted the
        // links of every transcript before it sorted them (a third of a second at the design size).
        var page = rows.Take(PageSize).ToArray();
        int[] shown = page.Select(r => r.Id).ToArray();
        Dictionary<int, int> links = await db.Links.Where(l => shown.Contains(l.TargetPassage.SourceId))
            .GroupBy(l => l.TargetPassage.SourceId).Select(g => new { SourceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SourceId, g => g.Count, cancellationToken);
        Transcripts = page.Select(r => new Row(r.Slug, r.Title, r.PublishedOn, r.Speaker, links.GetValueOrDefault(r.Id))).ToArray();
        Next = rows.Count > PageSize ? new ListCursor(rows[PageSize - 1].SortDate, rows[PageSize - 1].Id) : null;
    }

    /// <summary>This list's URL starting after <paramref name="after"/>.</summary>
    public string PageUrl(ListCursor? after) => after is null ? Routes.Compare : $"{Routes.Compare}?after={after}";

    public sealed record Row(string Slug, string Title, DateOnly? Date, string? Speaker, int Links);
}
