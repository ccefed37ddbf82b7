using DiplomacyReader.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Countries;

/// <summary>Countries the corpus mentions.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public IReadOnlyList<Row> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Countries = await db.Countries.AsNoTracking()
            .Where(c => c.Sources.Any())
            .OrderByDescending(c => c.Statements.Count).ThenBy(c => c.Name)
            .Select(c => new Row(c.Code, c.Name, c.Statements.Count, c.Sources.Count))
            .ToListAsync(cancellationToken);

    public sealed record Row(string Code, string Name, int Statements, int Sources);
}
