using DiplomacyReader.Web.Pages.Ingest;
using Microsoft.AspNetCore.Diagnostics;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>The web's small print: uploads, the admin key, absolute links, error answers, what the server announces.</summary>
public static class WebSafety
{
    public static WebApplicationBuilder AddUploads(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UploadIngestion>();
        builder.Services.AddSingleton<UploadResults>();
        // Multipart files past 64 KB are buffered to disk by the form reader, not held in memory.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = UploadIngestion.MaxRequestBytes);
        return builder;
    }

    public static WebApplicationBuilder AddWebSafety(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminKeyGuard>();
        builder.Services.AddSingleton<PublicSite>();
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>
    /// Failed requests end on /error with their real status: 413 for a body past the limit, 400 for a request
    /// the server could not read, 500 for a fault. In Development the exception page shows instead.
    /// </summary>
    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        // An empty 4xx or 5xx answer (no such page, no such source) becomes the error page, or a problem body for the API.
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = RequestBodyErrors.StatusOf,
        });
        return app;
    }
}
