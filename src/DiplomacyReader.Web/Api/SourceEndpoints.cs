using DiplomacyReader.Data;
using DiplomacyReader.Data.Export;
using DiplomacyReader.Ingestion.Export;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        // The original bytes, as a download: never rendered as a page, whatever they contain.
        app.MapGet("/sources/{slug}/original", async (string slug, DiplomacyDbContext db, CancellationToken cancellationToken) =>
        {
            var original = await db.Sources.AsNoTracking().Where(s => s.Slug == slug)
                .Select(s => new { s.FileName, s.OriginalBytes })
                .SingleOrDefaultAsync(cancellationToken);
            return original is null
                ? Results.NotFound()
                : Results.File(original.OriginalBytes, "application/octet-stream", original.FileName);
        });

        app.MapGet("/api/sources/{slug}", async (string slug, DiplomacyDbContext db, CancellationToken cancellationToken) =>
            await StoredSourceExport.LoadAsync(db, slug, cancellationToken) is ExportSource source
                ? Results.Json(new ExportDocument([source]), ExportMapping.JsonOptions)
                : Results.NotFound());
        return app;
    }
}
