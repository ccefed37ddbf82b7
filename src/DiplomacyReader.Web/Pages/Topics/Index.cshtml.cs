using DiplomacyReader.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Topics;

/// <summary>The topic taxonomy with how much of the corpus touches each topic.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public IReadOnlyList<Row> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Row(t.Slug, t.Name, t.Statements.Count, t.Sources.Count))
            .ToListAsync(cancellationToken);

    public sealed record Row(string Slug, string Name, int Statements, int Sources);
}
