using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>Every source, newest first, optionally of one kind, a hundred at a time (keyset paging: each page is read onwards from the last row of the one before).</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>Only sources in one language ("ja"); a tag with a region counts as its language.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    /// <summary>Only the reports of one story (a story's id: <see cref="Data.Entities.Source.StoryId"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Story { get; set; }

    /// <summary>The last row of the page before (<see cref="ListCursor"/>); none for the newest.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<Row> Sources { get; private set; } = [];

    /// <summary>How many sources there are of the kind shown.</summary>
    public int Total { get; private set; }

    /// <summary>The languages sources are in, for the language filter.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>Where the next page starts, or null on the last page.</summary>
    public ListCursor? Next { get; private set; }

    public bool IsFirstPage => ListCursor.Parse(After) is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SourceKind? kind = Names.Parse<SourceKind>(Kind);
        IQueryable<Data.Entities.Source> sources = db.Sources.AsNoTracking().Where(s => kind == null || s.Kind == kind)
            .Where(s => Story == null || s.StoryId == Story);
        if (!string.IsNullOrWhiteSpace(Language))
        {
            sources = sources.Where(SourceLanguages.In(Language));
        }

        Total = await sources.CountAsync(cancellationToken);
        Languages = await SourceLanguages.ListAsync(db, cancellationToken);
        var rows = await sources.NewestFirst(ListCursor.Parse(After))
            .Take(PageSize + 1) // one more than shown tells whether there is a next page
            .Select(s => new { s.SortDate, s.Id, Row = new Row(s.Slug, s.Title ?? s.FileName, s.Kind, s.Publisher, s.PublishedOn, s.Statements.Count, s.Flags.Count, s.CitedPublisher, s.StoryId, s.CopyOfId != null) })
            .ToListAsync(cancellationToken);
        Sources = rows.Take(PageSize).Select(r => r.Row).ToArray();
        Next = rows.Count > PageSize ? new ListCursor(rows[PageSize - 1].SortDate, rows[PageSize - 1].Id) : null;
    }

    /// <summary>This list's URL with <paramref name="after"/> as where the page starts.</summary>
    public string PageUrl(ListCursor? after)
    {
        var query = new List<string>();
        if (Names.Parse<SourceKind>(Kind) is SourceKind kind)
        {
            query.Add("kind=" + Names.Of(kind));
        }

        if (!string.IsNullOrWhiteSpace(Language))
        {
            query.Add("language=" + Uri.EscapeDataString(Language.Trim()));
        }

        if (Story is int story)
        {
            query.Add("story=" + story.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (after is not null)
        {
            query.Add("after=" + after);
        }

        return query.Count == 0 ? Routes.Sources : Routes.Sources + "?" + string.Join("&", query);
    }

    public sealed record Row(string Slug, string Title, SourceKind Kind, string? Publisher, DateOnly? Date, int Statements, int Flags, string? Cites, int? StoryId, bool IsWireCopy);
}
