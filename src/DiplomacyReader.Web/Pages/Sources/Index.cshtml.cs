using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>Every source, newest first, optionally of one kind.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SourceKind? kind = Names.Parse<SourceKind>(Kind);
        Sources = await db.Sources.AsNoTracking()
            .Where(s => kind == null || s.Kind == kind)
            .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new Row(s.Slug, s.Title ?? s.FileName, s.Kind, s.Publisher, s.PublishedOn, s.Statements.Count, s.Flags.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(string Slug, string Title, SourceKind Kind, string? Publisher, DateOnly? Date, int Statements, int Flags);
}
