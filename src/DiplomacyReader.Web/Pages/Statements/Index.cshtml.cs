using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>Every statement, filtered by what the URL says: country mentioned, actor, kind, text.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public IReadOnlyList<Option> Actors { get; private set; } = [];

    public bool HasFilters => Country is not null || Actor is not null || Kind is not null || !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        StatementKind? kind = Names.Parse<StatementKind>(Kind);
        string? query = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim();
        IQueryable<Data.Entities.Statement> statements = db.Statements.AsNoTracking()
            .Where(s => Country == null || s.Countries.Any(c => c.Code == Country))
            .Where(s => Actor == null || (s.Speaker != null && s.Speaker.Slug == Actor))
            .Where(s => kind == null || s.Kind == kind)
            .Where(s => query == null || EF.Functions.Like(s.Text, "%" + query + "%"));

        Total = await statements.CountAsync(cancellationToken);
        Statements = await statements.InReadingOrder().Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListItems().ToListAsync(cancellationToken);
        Countries = await db.Countries.AsNoTracking().Where(c => c.Statements.Any()).OrderBy(c => c.Name)
            .Select(c => new Option(c.Code, c.Name, c.Statements.Count)).ToListAsync(cancellationToken);
        Actors = await db.Actors.AsNoTracking().Where(a => a.Statements.Any()).OrderBy(a => a.Name)
            .Select(a => new Option(a.Slug, a.Name, a.Statements.Count)).ToListAsync(cancellationToken);
    }

    /// <summary>This page's URL with one filter changed (null drops it) and paging reset.</summary>
    public string UrlWith(string name, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["country"] = Country,
            ["actor"] = Actor,
            ["kind"] = Kind,
            ["q"] = Query,
        };
        values[name] = value;
        string query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? "/statements" : "/statements?" + query;
    }

    public string PageUrl(int page) => UrlWith("page", null) + (UrlWith("page", null).Contains('?') ? "&" : "?") + "page=" + page;

    public sealed record Option(string Value, string Label, int Count);
}
