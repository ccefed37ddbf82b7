using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>One value of a facet with how many of the filtered statements have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>The counts beside each filter: how the current statements divide by each dimension.</summary>
public sealed record StatementFacets(
    int Total,
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<FacetValue> SpeakerCountries,
    IReadOnlyList<FacetValue> Actors,
    IReadOnlyList<FacetValue> Roles,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> SourceKinds,
    IReadOnlyList<FacetValue> Publishers,
    IReadOnlyList<FacetValue> Months)
{
    /// <summary>How a month is written as a value ("2025-03"), here and in the counts kept at import.</summary>
    public const string MonthFormat = "yyyy-MM";

    /// <summary>How many values of a facet are listed; the rest are reachable through the filters.</summary>
    internal const int Top = 25;

    /// <summary>
    /// Counts the facets of <paramref name="statements"/> (already filtered), and their total. The scalar facets
    /// come from one pass over a narrow projection of the matching statements; countries and topics from their
    /// join tables, read for those ids and grouped in the database. The filter is evaluated once.
    /// </summary>
    public static async Task<StatementFacets> CountAsync(DiplomacyDbContext db, IQueryable<Statement> statements, CancellationToken cancellationToken = default)
    {
        var rows = await statements
            .Select(s => new
            {
                s.Id,
                s.Kind,
                SourceKind = s.Source.Kind,
                s.Source.Publisher,
                s.SpeakerRole,
                Slug = s.Speaker != null ? s.Speaker.Slug : null,
                Name = s.Speaker != null ? s.Speaker.Name : null,
                Country = s.Speaker != null ? s.Speaker.CountryCode : null,
                s.SortDate,
            })
            .ToListAsync(cancellationToken);

        // The matching ids go to the database as one JSON parameter; the join tables are then read by index.
        int[] ids = rows.Select(r => r.Id).ToArray();
        IQueryable<Statement> matching = db.Statements.Where(s => EF.Parameter(ids).Contains(s.Id));
        var countries = await matching.SelectMany(s => s.Countries).GroupBy(c => new { c.Code, c.Name })
            .Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken);
        var topics = await matching.SelectMany(s => s.Topics).GroupBy(t => new { t.Slug, t.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken);

        return new StatementFacets(
            rows.Count,
            Values(countries, g => g.Code, g => g.Name, g => g.Count),
            Count(rows.Where(r => r.Country is not null), r => r.Country!, r => r.Country!),
            Count(rows.Where(r => r.Slug is not null), r => r.Slug!, r => r.Name!),
            Count(rows.Where(r => r.SpeakerRole is not null), r => r.SpeakerRole!, r => r.SpeakerRole!),
            Values(topics, g => g.Slug, g => g.Name, g => g.Count),
            Count(rows, r => Ingestion.Export.ExportMapping.Name(r.Kind), r => Ingestion.Export.ExportMapping.Name(r.Kind)),
            Count(rows, r => Ingestion.Export.ExportMapping.Name(r.SourceKind), r => Ingestion.Export.ExportMapping.Name(r.SourceKind)),
            Count(rows.Where(r => r.Publisher is not null), r => r.Publisher!, r => r.Publisher!),
            // Every month, not the top ones: the timeline above the list draws them all.
            rows.Where(r => r.SortDate > DateOnly.MinValue)
                .GroupBy(r => r.SortDate.ToString(MonthFormat, System.Globalization.CultureInfo.InvariantCulture))
                .Select(g => new FacetValue(g.Key, g.Key, g.Count()))
                .ToArray());
    }

    private static IReadOnlyList<FacetValue> Count<T>(IEnumerable<T> rows, Func<T, string> value, Func<T, string> label) =>
        rows.GroupBy(value)
            .Select(g => new FacetValue(g.Key, label(g.First()), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
            .Take(Top)
            .ToArray();

    private static IReadOnlyList<FacetValue> Values<T>(IEnumerable<T> groups, Func<T, string> value, Func<T, string> label, Func<T, int> count) =>
        groups.Select(g => new FacetValue(value(g), label(g), count(g))).ToArray();

}
