using DiplomacyReader.Data;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Actors;

/// <summary>An actor: roles over time, statements, and the sources that mention them.</summary>
public sealed class DetailModel(DiplomacyDbContext db) : PageModel
{
    private const int StatementLimit = 20;
    private const int ChipLimit = 50;

    public ActorView Actor { get; private set; } = null!;

    public IReadOnlyList<RoleView> Roles { get; private set; } = [];

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    public int StatementCount { get; private set; }

    public ChipList MentionedIn { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<Ranked> Topics { get; private set; } = [];

    public IReadOnlyList<Ranked> Countries { get; private set; } = [];

    public IReadOnlyList<Ranked> CoOccurring { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        ActorView? actor = await db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ActorView(a.Id, a.Slug, a.Name, a.Kind, a.CountryCode, db.Countries.Where(c => c.Code == a.CountryCode).Select(c => c.Name).FirstOrDefault(), a.Aliases, a.KnowledgeBaseKey != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }

        Actor = actor;
        Roles = await db.ActorRoles.AsNoTracking().Where(r => r.ActorId == actor.Id).OrderBy(r => r.From)
            .Select(r => new RoleView(r.Title, r.CountryCode, r.From, r.To)).ToListAsync(cancellationToken);
        var statements = db.Statements.AsNoTracking().Where(s => s.SpeakerId == actor.Id);
        StatementCount = await ProfileQueries.CountAsync(db, new StatementFilter { Actor = actor.Slug }, cancellationToken);
        Statements = await statements.NewestFirst().PageAsync(db, 0, StatementLimit, cancellationToken);
        Timeline = await ProfileQueries.TimelineAsync(db, Facet.Actor, actor.Slug, cancellationToken);
        Topics = await ProfileQueries.TopAsync(db, Facet.Actor, actor.Slug, Facet.Topic, Routes.Topic, cancellationToken);
        Countries = await ProfileQueries.TopAsync(db, Facet.Actor, actor.Slug, Facet.Country, Routes.Country, cancellationToken);
        CoOccurring = await ProfileQueries.TopAsync(db, Facet.SourceActor, actor.Slug, Facet.CoActor, Routes.Actor, cancellationToken);
        MentionedIn = new ChipList("Mentioned in", "source", await db.Sources.AsNoTracking()
            .Where(s => s.MentionedActors.Any(a => a.Id == actor.Id))
            .NewestFirst()
            .Take(ChipLimit)
            .Select(s => new Chip(s.Title ?? s.FileName, Routes.Source(s.Slug))).ToListAsync(cancellationToken));
        return Page();
    }

    public sealed record ActorView(int Id, string Slug, string Name, string Kind, string? CountryCode, string? CountryName, List<string> Aliases, bool Known);

    public sealed record RoleView(string Title, string? Country, DateOnly? From, DateOnly? To);
}
