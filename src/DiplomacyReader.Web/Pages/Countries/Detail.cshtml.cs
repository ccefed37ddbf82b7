using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Countries;

/// <summary>A country: statements about it, statements by its officials, and its actors.</summary>
public sealed class DetailModel(DiplomacyDbContext db) : PageModel
{
    private const int StatementLimit = 20;

    public CountryView Country { get; private set; } = null!;

    public IReadOnlyList<StatementListItem> About { get; private set; } = [];

    /// <summary>All the statements mentioning the country, of which <see cref="About"/> lists the newest.</summary>
    public int AboutCount { get; private set; }

    /// <summary>All the statements by the country's officials, of which <see cref="By"/> lists the newest.</summary>
    public int ByCount { get; private set; }

    public IReadOnlyList<StatementListItem> By { get; private set; } = [];

    public ChipList Actors { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<Ranked> Speakers { get; private set; } = [];

    public IReadOnlyList<Ranked> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        code = code.ToUpperInvariant();
        CountryView? country = await db.Countries.AsNoTracking().Where(c => c.Code == code)
            .Select(c => new CountryView(c.Code, c.Name, c.Names, c.Demonyms, c.Capitals)).SingleOrDefaultAsync(cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;
        AboutCount = await ProfileQueries.CountAsync(db, new StatementFilter { Country = code }, cancellationToken);
        ByCount = await ProfileQueries.CountAsync(db, new StatementFilter { SpeakerCountry = code }, cancellationToken);
        IQueryable<Statement> about = db.Statements.AsNoTracking().Where(s => s.Countries.Any(c => c.Code == code));
        About = await about.NewestFirst().PageAsync(db, 0, StatementLimit, cancellationToken);
        Timeline = await ProfileQueries.TimelineAsync(db, Facet.Country, code, cancellationToken);
        Speakers = await ProfileQueries.TopAsync(db, Facet.Country, code, Facet.Actor, Routes.Actor, cancellationToken);
        Topics = await ProfileQueries.TopAsync(db, Facet.Country, code, Facet.Topic, Routes.Topic, cancellationToken);
        By = await db.Statements.AsNoTracking().Where(s => s.Speaker != null && s.Speaker.CountryCode == code)
            .NewestFirst().PageAsync(db, 0, StatementLimit, cancellationToken);
        Actors = new ChipList("Actors of " + country.Name, "actor", await db.Actors.AsNoTracking()
            .Where(a => a.CountryCode == code && (a.Statements.Any() || a.MentionedIn.Any()))
            .OrderBy(a => a.Name).Select(a => new Chip(a.Name, Routes.Actor(a.Slug))).ToListAsync(cancellationToken));
        return Page();
    }

    public sealed record CountryView(string Code, string Name, List<string> Names, List<string> Demonyms, List<string> Capitals);
}
