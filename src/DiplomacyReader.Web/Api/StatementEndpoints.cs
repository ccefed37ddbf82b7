using DiplomacyReader.Data.Entities;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Pages.Shared;
using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Web.Pages.Statements;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Api;

/// <summary>
/// Statements as data: the same filters as the statements page, as the export format (JSON) or CSV, a page at
/// a time, newest first. <c>limit</c> sets the page's size (JSON up to <see cref="MaxJsonRows"/>, CSV up to
/// <see cref="MaxCsvRows"/>); the <c>Link</c> header names the next page (<c>after=</c>, a <see cref="ListCursor"/>).
/// A page number (<c>p</c>) still works.
/// </summary>
public static class StatementEndpoints
{
    public const int DefaultJsonRows = 100;
    public const int MaxJsonRows = 1_000;
    public const int MaxCsvRows = 10_000;

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statements", async ([AsParameters] StatementQueryString query, int? limit, DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken) =>
                TypedResults.Json(ToExport(await LoadPageAsync("/api/statements", query, Math.Clamp(limit ?? DefaultJsonRows, 1, MaxJsonRows), db, http, cancellationToken)), ExportMapping.JsonOptions))
            .WithName("Statements").WithTags("Statements")
            .WithSummary($"Statements matching the filters, in the export format of docs/export-format.md; {DefaultJsonRows} a page (limit= up to {MaxJsonRows}), the Link header names the next");

        app.MapGet("/api/statements.csv", async ([AsParameters] StatementQueryString query, int? limit, DiplomacyDbContext db, PublicSite site, HttpContext http, CancellationToken cancellationToken) =>
            {
                IReadOnlyList<StatementRow> rows = await LoadPageAsync("/api/statements.csv", query, Math.Clamp(limit ?? MaxCsvRows, 1, MaxCsvRows), db, http, cancellationToken);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"statements.csv\"";
                await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
                // A cell that opens with =, +, -, @, a tab or a return is a formula to a spreadsheet: it gets a leading ' (OWASP).
                await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
                string baseUrl = site.BaseUrl(http.Request);
                await csv.WriteRecordsAsync(rows.Select(r => CsvRow.From(r, baseUrl)), cancellationToken);
            })
            .WithName("StatementsCsv").WithTags("Statements")
            .WithSummary($"Statements matching the filters, as CSV, {MaxCsvRows} rows a page; the Link header names the next");
        return app;
    }

    // Keyset paging, as the statements page does: the page's rows through the sort's index, then their
    // contents by id. One row more than the page tells whether there is a next.
    private static async Task<IReadOnlyList<StatementRow>> LoadPageAsync(string path, StatementQueryString query, int size, DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        List<StatementKey> keys = [.. await http.RequestServices.GetRequiredService<Data.Queries.Columns.StatementIndex>()
            .PageOrAskDatabaseAsync(db, query.ToFilter(), ListCursor.Parse(query.After), before: null, (query.PageNumber - 1) * size, size + 1, cancellationToken)];
        if (keys.Count > size)
        {
            string url = query.Url(path);
            string next = $"{url}{(url.Contains('?') ? '&' : '?')}after={keys[size - 1].Cursor}&limit={size}";
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
            keys.RemoveAt(size);
        }

        int[] ids = keys.Select(k => k.Id).ToArray();
        List<StatementRow> rows = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id)).ToRows().ToListAsync(cancellationToken);
        return rows.OrderedAs(ids, r => r.Id);
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

    /// <summary>One CSV line; the column names are the header. Codes and names of countries and topics each have their columns: codes for joining, names for reading.</summary>
    public sealed record CsvRow(
        string Statement, string Kind, string? Speaker, string? SpeakerRole, string? SpeakerCountry, string? Cue, string? Quote, string Text,
        string Countries, string CountryNames, string Topics, string TopicNames, string SourceTitle, string? Publisher, string? Cites, string? Date, string SourceKind,
        string SourceFlags, string SourceFile, string Permalink, string? Url)
    {
        public static CsvRow From(StatementRow r, string siteBaseUrl) => new(
            r.Key, ExportMapping.Name(r.Kind), r.SpeakerName, r.SpeakerRole, r.SpeakerCountry, r.Cue, r.Quote, r.Text,
            string.Join(';', r.Countries), string.Join(';', r.CountryNames), string.Join(';', r.Topics), string.Join(';', r.TopicNames),
            r.SourceTitle ?? r.SourceFile, r.Publisher, r.CitedPublisher, ExportMapping.Name(r.Date),
            ExportMapping.Name(r.SourceKind), string.Join(';', r.SourceFlags.Distinct().Select(ExportMapping.Name)), r.SourceFile, Citation.Permalink(siteBaseUrl, r.Id), r.Url);
    }
}
