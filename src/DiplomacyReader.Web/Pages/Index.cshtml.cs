using DiplomacyReader.Data;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Pages.Shared;
using DiplomacyReader.Ingestion.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages;

/// <summary>The overview: what the store holds, the latest sources, the most quoted actors, the topics.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    private const int ListLength = 10;

    public IReadOnlyList<KindCount> Kinds { get; private set; } = [];

    public int StatementCount { get; private set; }

    public IReadOnlyList<SourceRow> LatestSources { get; private set; } = [];

    public IReadOnlyList<ActorRow> ActiveActors { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Counts kept at import: the overview reads a few rows whatever the store's size.
        Kinds = (await StoredFacets.UnderAsync(db, Facet.Sources, "", Facet.SourceKind, cancellationToken))
            .Select(k => new KindCount(Names.Parse<SourceKind>(k.Value)!.Value, k.Count)).ToArray();
        StatementFacets counts = (await StoredFacets.ReadAsync(db, new StatementFilter(), cancellationToken))!;
        StatementCount = counts.Total;
        LatestSources = await db.Sources.AsNoTracking().NewestFirst()
            .Take(ListLength)
            .Select(s => new SourceRow(s.Slug, s.Title ?? s.FileName, s.Kind, s.Publisher, s.PublishedOn, s.Statements.Count, s.Flags.Count))
            .ToListAsync(cancellationToken);
        FacetValue[] actors = counts.Actors.Take(ListLength).ToArray();
        string[] actorSlugs = actors.Select(a => a.Value).ToArray();
        Dictionary<string, string?> actorCountries = await db.Actors.AsNoTracking()
            .Where(a => actorSlugs.Contains(a.Slug))
            .ToDictionaryAsync(a => a.Slug, a => a.CountryCode, cancellationToken);
        ActiveActors = actors.Select(a => new ActorRow(a.Value, a.Label, actorCountries.GetValueOrDefault(a.Value), a.Count)).ToArray();
        Dictionary<string, int> topicStatements = (await StoredFacets.UnderAsync(db, "", "", Facet.Topic, cancellationToken)).ToDictionary(t => t.Value, t => t.Count); // every topic, not the facet's top 25
        Topics = (await StoredFacets.UnderAsync(db, Facet.Sources, "", Facet.Topic, cancellationToken))
            .Select(t => new TopicRow(t.Value, t.Label, topicStatements.GetValueOrDefault(t.Value), t.Count))
            .OrderByDescending(t => t.Statements).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public sealed record KindCount(SourceKind Kind, int Count);

    public sealed record SourceRow(string Slug, string Title, SourceKind Kind, string? Publisher, DateOnly? Date, int Statements, int Flags);

    public sealed record ActorRow(string Slug, string Name, string? Country, int Statements);

    public sealed record TopicRow(string Slug, string Name, int Statements, int Sources);
}
