using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Topics;

/// <summary>A topic: its keywords, the statements that touch it, and the sources that cover it.</summary>
public sealed class DetailModel(DiplomacyDbContext db) : PageModel
{
    private const int ChipLimit = 50;
    private const int StatementLimit = 20;

    public TopicView Topic { get; private set; } = null!;

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    /// <summary>All the statements tagged with the topic, of which <see cref="Statements"/> lists the newest.</summary>
    public int StatementCount { get; private set; }

    public ChipList Sources { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<Ranked> Speakers { get; private set; } = [];

    public IReadOnlyList<Ranked> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        TopicView? topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new TopicView(t.Slug, t.Name, t.Keywords)).SingleOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return NotFound();
        }

        Topic = topic;
        StatementCount = await ProfileQueries.CountAsync(db, new StatementFilter { Topic = slug }, cancellationToken);
        IQueryable<Statement> tagged = db.Statements.AsNoTracking().Where(s => s.Topics.Any(t => t.Slug == slug));
        Statements = await tagged.NewestFirst().PageAsync(db, 0, StatementLimit, cancellationToken);
        Timeline = await ProfileQueries.TimelineAsync(db, Facet.Topic, slug, cancellationToken);
        Speakers = await ProfileQueries.TopAsync(db, Facet.Topic, slug, Facet.Actor, Routes.Actor, cancellationToken);
        Countries = await ProfileQueries.TopAsync(db, Facet.Topic, slug, Facet.Country, Routes.Country, cancellationToken);
        Sources = new ChipList("Sources covering " + topic.Name, "source", await db.Sources.AsNoTracking()
            .Where(s => s.Topics.Any(t => t.Slug == slug)).NewestFirst()
            .Take(ChipLimit)
            .Select(s => new Chip(s.Title ?? s.FileName, Routes.Source(s.Slug))).ToListAsync(cancellationToken));
        return Page();
    }

    public sealed record TopicView(string Slug, string Name, List<string> Keywords);
}
