using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>Lists of sources, actors, topics and countries, with what each page links to.</summary>
public static class CatalogEndpoints
{
    /// <summary>The most sources one response lists.</summary>
    public const int MaxSources = 1_000;

    /// <summary>The most actors one response lists. Topics and countries are the knowledge base's, a few dozen, and come whole.</summary>
    public const int MaxActors = 1_000;

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Catalog");
        api.MapGet("/sources", async (string? kind, string? after, int? limit, DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        {
            SourceKind? sourceKind = Pages.Shared.Names.Parse<SourceKind>(kind);
            int take = Math.Clamp(limit ?? MaxSources, 1, MaxSources);
            IQueryable<Data.Entities.Source> query = db.Sources.AsNoTracking().Where(s => sourceKind == null || s.Kind == sourceKind);
            var sources = await query.NewestFirst(ListCursor.Parse(after))
                .Take(take + 1)
                .Select(s => new { s.Id, s.SortDate, s.Slug, s.FileName, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Kind, Statements = s.Statements.Count, Flags = s.Flags.Count })
                .ToListAsync(cancellationToken);
            if (sources.Count > take)
            {
                // The next page, as RFC 8288 says: the body stays a plain array.
                var last = sources[take - 1];
                string next = $"/api/sources?after={new ListCursor(last.SortDate, last.Id)}&limit={take}" + (sourceKind is SourceKind k ? $"&kind={ExportMapping.Name(k)}" : "");
                http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
            }

            return TypedResults.Ok(sources.Take(take).Select(s => new SourceSummary(s.Slug, s.FileName, s.Title, s.Publisher, s.Url, ExportMapping.Name(s.PublishedOn), ExportMapping.Name(s.Kind), s.Statements, s.Flags)));
        }).WithSummary($"Sources, newest first, {MaxSources} at most; ?kind=transcript|press|aggregator|commentary; the Link header names the next page (?after=)");

        api.MapGet("/actors", async (string? after, int? limit, DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        {
            int take = Math.Clamp(limit ?? MaxActors, 1, MaxActors);
            IQueryable<Data.Entities.Actor> actors = db.Actors.AsNoTracking();
            // Keyset paging by name, then slug (unique): the next page starts after the last actor of this one.
            if (after is not null && await actors.Where(a => a.Slug == after).Select(a => new { a.Name, a.Slug }).SingleOrDefaultAsync(cancellationToken) is { } last)
            {
                actors = actors.Where(a => string.Compare(a.Name, last.Name) > 0 || (a.Name == last.Name && string.Compare(a.Slug, last.Slug) > 0));
            }

            List<ActorSummary> page = await actors.OrderBy(a => a.Name).ThenBy(a => a.Slug).Take(take + 1)
                .Select(a => new ActorSummary(a.Slug, a.Name, a.Kind, a.CountryCode, a.KnowledgeBaseKey != null, a.Statements.Count,
                    a.Roles.OrderBy(r => r.From).Select(r => new RoleSummary(r.Title, r.CountryCode, r.From, r.To)).ToList()))
                .ToListAsync(cancellationToken);
            if (page.Count > take)
            {
                http.Response.Headers.Link = $"</api/actors?after={Uri.EscapeDataString(page[take - 1].Slug)}&limit={take}>; rel=\"next\"";
                page.RemoveAt(take);
            }

            return TypedResults.Ok(page);
        }).WithSummary($"Actors by name with their roles over time and statement counts, {MaxActors} at most; the Link header names the next page (?after=slug)");

        api.MapGet("/topics", async (DiplomacyDbContext db, CancellationToken cancellationToken) =>
            TypedResults.Ok(await db.Topics.AsNoTracking().OrderBy(t => t.Name)
                .Select(t => new TopicSummary(t.Slug, t.Name, t.Keywords, t.Statements.Count, t.Sources.Count)).ToListAsync(cancellationToken)))
            .WithSummary("The topic taxonomy with keywords and counts");

        api.MapGet("/countries", async (DiplomacyDbContext db, CancellationToken cancellationToken) =>
            TypedResults.Ok(await db.Countries.AsNoTracking().OrderBy(c => c.Name)
                .Select(c => new CountrySummary(c.Code, c.Name, c.Names, c.Demonyms, c.Capitals, c.Statements.Count, c.Sources.Count)).ToListAsync(cancellationToken)))
            .WithSummary("Countries with the words that name them and counts");
        return app;
    }

    public sealed record SourceSummary(string Slug, string File, string? Title, string? Publisher, string? Url, string? Date, string Kind, int Statements, int Flags);

    public sealed record ActorSummary(string Slug, string Name, string Kind, string? Country, bool InKnowledgeBase, int Statements, List<RoleSummary> Roles);

    public sealed record RoleSummary(string Title, string? Country, DateOnly? From, DateOnly? To);

    public sealed record TopicSummary(string Slug, string Name, List<string> Keywords, int Statements, int Sources);

    public sealed record CountrySummary(string Code, string Name, List<string> Names, List<string> Demonyms, List<string> Capitals, int Statements, int Sources);
}
