using DiplomacyReader.Data;
using DiplomacyReader.Data.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyReader.Web.Pages.Search;

/// <summary>
/// Full-text search over passages and statements, ranked, with highlighted snippets that link to the exact
/// passage or statement; the database's own index does the work (<see cref="FullTextSearch"/>). Any input
/// is safe: it goes through <see cref="SearchTerms"/>, which keeps letters and digits only.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    private const int Limit = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PassageHit> Passages { get; private set; } = [];

    public IReadOnlyList<StatementHit> Statements { get; private set; } = [];

    public bool Searched => SearchTerms.Parse(Q) is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SearchTerms.Parse(Q) is not SearchTerms terms)
        {
            return;
        }

        Passages = await db.FullText.PassagesAsync(db, terms, Limit, cancellationToken);
        Statements = await db.FullText.StatementsAsync(db, terms, Limit, cancellationToken);
    }
}
