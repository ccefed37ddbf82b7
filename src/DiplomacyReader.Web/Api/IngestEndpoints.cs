using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Pages.Ingest;

namespace DiplomacyReader.Web.Api;

/// <summary>POST /api/ingest: multipart files, the admin key in the X-Admin-Key header; one result per file.</summary>
public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest", async (HttpRequest request, UploadIngestion uploads, AdminKeyGuard guard, CancellationToken cancellationToken) =>
            {
                AdminKeyCheck check = guard.Check(request.HttpContext, request.Headers["X-Admin-Key"]);
                if (check != AdminKeyCheck.Accepted)
                {
                    return Results.Problem(check == AdminKeyCheck.Refused ? "Wrong or missing X-Admin-Key." : AdminKeyGuard.MessageOf(check), statusCode: AdminKeyGuard.StatusOf(check));
                }

                if (!request.HasFormContentType)
                {
                    return Results.Problem("Send the files as multipart/form-data.", statusCode: StatusCodes.Status400BadRequest);
                }

                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(cancellationToken);
                }
                catch (Exception e) when (RequestBodyErrors.StatusOf(e) is int status and < 500)
                {
                    return Results.Problem($"The multipart body could not be read: {e.Message}", statusCode: status, instance: request.Path);
                }

                var results = await uploads.ImportAsync(form.Files, cancellationToken);
                return Results.Ok(results.Select(r => new
                {
                    file = r.FileName,
                    outcome = r.Outcome.ToString().ToLowerInvariant(),
                    slug = r.Slug,
                    reason = r.Reason,
                    statements = r.Statements,
                    links = r.Links,
                }));
            })
            // The key travels in a header, not a cookie, so there is no cross-site request to forge.
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadIngestion.MaxRequestBytes))
            .WithTags("Ingest").WithSummary("Store uploaded documents (admin key in X-Admin-Key)");
        return app;
    }
}
