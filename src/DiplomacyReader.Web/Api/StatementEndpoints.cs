using DiplomacyReader.Data.Entities;
using System.Globalization;
using CsvHelper;
using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Web.Pages.Statements;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>
/// Statements as data: the same filters as the statements page, as the export format (JSON) or CSV. Without
/// <c>p</c> (a page number) every matching statement is returned (up to <see cref="MaxRows"/>); with it, that page.
/// </summary>
public static class StatementEndpoints
{
    public const int MaxRows = 100_000;

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statements", async ([AsParameters] StatementQueryString query, DiplomacyDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Json(ToExport(await LoadAsync(query, db, cancellationToken)), ExportMapping.JsonOptions))
            .WithName("Statements").WithTags("Statements")
            .WithSummary("Statements matching the filters, in the export format of docs/export-format.md");

        app.MapGet("/api/statements.csv", async ([AsParameters] StatementQueryString query, DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken) =>
            {
                IReadOnlyList<StatementRow> rows = await LoadAsync(query, db, cancellationToken);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"statements.csv\"";
                await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
                await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
                string site = $"{http.Request.Scheme}://{http.Request.Host}";
                await csv.WriteRecordsAsync(rows.Select(r => CsvRow.From(r, site)), cancellationToken);
            })
            .WithName("StatementsCsv").WithTags("Statements")
            .WithSummary("Statements matching the filters, as CSV");
        return app;
    }

    private static async Task<IReadOnlyList<StatementRow>> LoadAsync(StatementQueryString query, DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        IQueryable<Statement> sorted = query.ToFilter().ApplySorted(db);
        IQueryable<Statement> shown = query.P is int
            ? sorted.Skip((query.PageNumber - 1) * StatementQueryString.PageSize).Take(StatementQueryString.PageSize)
            : sorted.Take(MaxRows);
        return await shown.ToRows().ToListAsync(cancellationToken);
    }

    // Grouped by source, in the order the statements came; each source carries only the passages its statements stand in.
    private static ExportDocument ToExport(IReadOnlyList<StatementRow> rows) => new(rows
        .GroupBy(r => r.SourceSlug)
        .Select(g =>
        {
            StatementRow first = g.First();
            return new ExportSource(
                first.SourceFile, first.SourceSlug, first.SourceTitle, first.Publisher, first.Url, ExportMapping.Name(first.Date), first.Byline, first.Language,
                ExportMapping.Name(first.SourceKind), ExportMapping.Name(first.Format),
                g.DistinctBy(r => r.PassageIndex).OrderBy(r => r.PassageIndex)
                    .Select(r => new ExportPassage(r.PassageIndex, ExportMapping.Name(r.PassageKind), r.PassageSection, r.PassageStart, r.PassageEnd, r.PassageText)).ToArray(),
                g.Select(r => new ExportStatement(r.Key, r.PassageIndex, ExportMapping.Name(r.Kind), r.Text, r.Quote, r.Cue,
                    r.SpeakerName is null ? null : new ExportActor(r.SpeakerName, r.SpeakerRole, r.SpeakerCountry), r.Start, r.End, r.Countries, r.Topics)).ToArray(),
                g.SelectMany(r => r.Links.Select(l => new ExportLink(r.Key, l.TargetFile, l.TargetPassage, ExportMapping.Name(l.Fidelity), l.Score))).ToArray(),
                g.Where(r => r.SpeakerName is not null).DistinctBy(r => r.SpeakerName).Select(r => new ExportActor(r.SpeakerName!, r.SpeakerRole, r.SpeakerCountry)).ToArray(),
                g.SelectMany(r => r.Countries).Distinct().ToArray(),
                g.SelectMany(r => r.Topics).Distinct().ToArray(),
                []);
        })
        .ToArray());

    /// <summary>One CSV line; the column names are the header.</summary>
    public sealed record CsvRow(
        string Statement, string Kind, string? Speaker, string? SpeakerRole, string? SpeakerCountry, string? Cue, string? Quote, string Text,
        string Countries, string Topics, string SourceTitle, string? Publisher, string? Date, string SourceKind, string SourceFile, string Permalink, string? Url)
    {
        public static CsvRow From(StatementRow r, string site) => new(
            r.Key, ExportMapping.Name(r.Kind), r.SpeakerName, r.SpeakerRole, r.SpeakerCountry, r.Cue, r.Quote, r.Text,
            string.Join(';', r.Countries), string.Join(';', r.Topics), r.SourceTitle ?? r.SourceFile, r.Publisher, ExportMapping.Name(r.Date),
            ExportMapping.Name(r.SourceKind), r.SourceFile, $"{site}/sources/{r.SourceSlug}#{r.Key}", r.Url);
    }
}
