using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>One value of a facet with how many of the filtered statements have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>The counts beside each filter: how the current statements divide by each dimension.</summary>
public sealed record StatementFacets(
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<FacetValue> SpeakerCountries,
    IReadOnlyList<FacetValue> Actors,
    IReadOnlyList<FacetValue> Roles,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> SourceKinds,
    IReadOnlyList<FacetValue> Publishers)
{
    /// <summary>How many values of a facet are listed; the rest are reachable through the filters.</summary>
    private const int Top = 25;

    /// <summary>Counts the facets of <paramref name="statements"/> (already filtered), one grouped query per facet.</summary>
    public static async Task<StatementFacets> CountAsync(IQueryable<Statement> statements, CancellationToken cancellationToken = default) => new(
        Values(await statements.SelectMany(s => s.Countries).GroupBy(c => new { c.Code, c.Name })
            .Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Code, g => g.Name, g => g.Count),
        Values(await statements.Where(s => s.Speaker != null && s.Speaker.CountryCode != null).GroupBy(s => s.Speaker!.CountryCode!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Key, g => g.Key, g => g.Count),
        Values(await statements.Where(s => s.Speaker != null).GroupBy(s => new { s.Speaker!.Slug, s.Speaker.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Slug, g => g.Name, g => g.Count),
        Values(await statements.Where(s => s.SpeakerRole != null).GroupBy(s => s.SpeakerRole!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Key, g => g.Key, g => g.Count),
        Values(await statements.SelectMany(s => s.Topics).GroupBy(t => new { t.Slug, t.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Slug, g => g.Name, g => g.Count),
        Named(await statements.GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken), g => g.Key, g => g.Count),
        Named(await statements.GroupBy(s => s.Source.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken), g => g.Key, g => g.Count),
        Values(await statements.Where(s => s.Source.Publisher != null).GroupBy(s => s.Source.Publisher!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken), g => g.Key, g => g.Key, g => g.Count));

    private static IReadOnlyList<FacetValue> Values<T>(IEnumerable<T> groups, Func<T, string> value, Func<T, string> label, Func<T, int> count) =>
        groups.Select(g => new FacetValue(value(g), label(g), count(g))).ToArray();

    private static IReadOnlyList<FacetValue> Named<T, TEnum>(IEnumerable<T> groups, Func<T, TEnum> key, Func<T, int> count) where TEnum : struct, Enum =>
        groups.Select(g => new FacetValue(Ingestion.Export.ExportMapping.Name(key(g)), Ingestion.Export.ExportMapping.Name(key(g)), count(g)))
            .OrderByDescending(f => f.Count).ToArray();
}
