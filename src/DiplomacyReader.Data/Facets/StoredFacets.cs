using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Export;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Facets;

/// <summary>
/// Facets read from <c>FacetCounts</c> instead of counted: for all statements and for the statements of one
/// filter value, the pages most visits open. A read is one range of the table's key, whatever the store's
/// size. Other filters (two values, dates, words) are counted afresh (<see cref="StatementFacets.CountAsync"/>).
/// </summary>
public static class StoredFacets
{
    /// <summary>How many statements <paramref name="filter"/> selects, read from its one count, or null when the table does not hold it.</summary>
    public static async Task<int?> TotalAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        if (Covered(filter) is not (string facet, string value))
        {
            return null;
        }

        string countFacet = facet == "" ? Facet.Total : facet;
        return await db.FacetCounts.AsNoTracking()
            .Where(c => c.FilterFacet == facet && c.FilterValue == value && c.Facet == countFacet && (facet == "" || c.Value == value))
            .Select(c => (int?)c.Count)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
    }

    /// <summary>The facets of <paramref name="filter"/>'s statements, or null when the table does not hold them.</summary>
    public static async Task<StatementFacets?> ReadAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        if (Covered(filter) is not (string facet, string value))
        {
            return null;
        }

        List<FacetCount> rows = await db.FacetCounts.AsNoTracking()
            .Where(c => c.FilterFacet == facet && c.FilterValue == value)
            .ToListAsync(cancellationToken);
        int total = rows.FirstOrDefault(r => facet == "" ? r.Facet == Facet.Total : r.Facet == facet && r.Value == value)?.Count ?? 0;
        ILookup<string, FacetCount> byFacet = rows.ToLookup(r => r.Facet);
        return new StatementFacets(
            total,
            Top(byFacet[Facet.Country]),
            Top(byFacet[Facet.SpeakerCountry]),
            Top(byFacet[Facet.Actor]),
            Top(byFacet[Facet.Role]),
            Top(byFacet[Facet.Topic]),
            Top(byFacet[Facet.Kind]),
            Top(byFacet[Facet.SourceKind]),
            Top(byFacet[Facet.Publisher]),
            byFacet[Facet.Month].Select(r => new FacetValue(r.Value, r.Label, r.Count)).ToArray());
    }

    /// <summary>The counts of one facet among the statements with one value (a profile's topics, countries, years), most first.</summary>
    public static async Task<IReadOnlyList<FacetValue>> UnderAsync(DiplomacyDbContext db, string filterFacet, string filterValue, string facet, CancellationToken cancellationToken = default) =>
        (await db.FacetCounts.AsNoTracking()
            .Where(c => c.FilterFacet == filterFacet && c.FilterValue == filterValue && c.Facet == facet)
            .Select(c => new FacetValue(c.Value, c.Label, c.Count))
            .ToListAsync(cancellationToken))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
        .ToList();

    /// <summary>The one (facet, value) the filter narrows by, ("", "") for none, or null when it narrows otherwise.</summary>
    public static (string Facet, string Value)? Covered(StatementFilter filter)
    {
        if (filter.From is not null || filter.To is not null || !string.IsNullOrWhiteSpace(filter.Text) || filter.Language is not null)
        {
            return null;
        }

        (string Facet, string? Value)[] set = new (string Facet, string? Value)[]
        {
            (Facet.Country, filter.Country), (Facet.SpeakerCountry, filter.SpeakerCountry), (Facet.Actor, filter.Actor),
            (Facet.Role, filter.Role), (Facet.Topic, filter.Topic), (Facet.Publisher, filter.Publisher),
            (Facet.Kind, filter.Kind is { } kind ? ExportMapping.Name(kind) : null),
            (Facet.SourceKind, filter.SourceKind is { } sourceKind ? ExportMapping.Name(sourceKind) : null),
        }.Where(f => f.Value is not null).ToArray();
        return set.Length switch
        {
            0 => ("", ""),
            1 => (set[0].Facet, set[0].Value!),
            _ => null,
        };
    }

    private static IReadOnlyList<FacetValue> Top(IEnumerable<FacetCount> rows) =>
        rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal)
            .Take(StatementFacets.Top)
            .Select(r => new FacetValue(r.Value, r.Label, r.Count))
            .ToArray();
}
