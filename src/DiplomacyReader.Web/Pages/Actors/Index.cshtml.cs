using DiplomacyReader.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Actors;

/// <summary>People and bodies: those with statements first.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public IReadOnlyList<Row> Actors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Actors = await db.Actors.AsNoTracking()
            .Where(a => a.Statements.Any() || a.MentionedIn.Any())
            .OrderByDescending(a => a.Statements.Count).ThenBy(a => a.Name)
            .Select(a => new Row(a.Slug, a.Name, a.CountryCode, a.Statements.Count, a.MentionedIn.Count))
            .ToListAsync(cancellationToken);

    public sealed record Row(string Slug, string Name, string? Country, int Statements, int Sources);
}
