using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>Lists of sources, actors, topics and countries, with what each page links to.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Catalog");
        api.MapGet("/sources", async (string? kind, DiplomacyDbContext db, CancellationToken cancellationToken) =>
        {
            SourceKind? sourceKind = Pages.Shared.Names.Parse<SourceKind>(kind);
            var sources = await db.Sources.AsNoTracking()
                .Where(s => sourceKind == null || s.Kind == sourceKind)
                .OrderByDescending(s => s.SortDate).ThenByDescending(s => s.Id)
                .Select(s => new { s.Slug, s.FileName, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Kind, Statements = s.Statements.Count, Flags = s.Flags.Count })
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(sources.Select(s => new SourceSummary(s.Slug, s.FileName, s.Title, s.Publisher, s.Url, ExportMapping.Name(s.PublishedOn), ExportMapping.Name(s.Kind), s.Statements, s.Flags)));
        }).WithSummary("Sources, newest first; ?kind=transcript|press|aggregator|commentary");

        api.MapGet("/actors", async (DiplomacyDbContext db, CancellationToken cancellationToken) =>
            TypedResults.Ok(await db.Actors.AsNoTracking().OrderBy(a => a.Name)
                .Select(a => new ActorSummary(a.Slug, a.Name, a.Kind, a.CountryCode, a.KnowledgeBaseKey != null, a.Statements.Count,
                    a.Roles.OrderBy(r => r.From).Select(r => new RoleSummary(r.Title, r.CountryCode, r.From, r.To)).ToList()))
                .ToListAsync(cancellationToken)))
            .WithSummary("Actors with their roles over time and statement counts");

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
