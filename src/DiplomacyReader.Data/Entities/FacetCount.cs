namespace DiplomacyReader.Data.Entities;

/// <summary>
/// How many statements have a facet value, among all statements (<see cref="FilterFacet"/> empty) or among
/// those with one other facet value (the statements page filtered once, a profile). Kept up to date by
/// every import, so pages read counts instead of counting millions of statements (see Facets/).
/// </summary>
public sealed class FacetCount
{
    /// <summary>The dimension of the filter ("actor", "country", …), or "" for all statements.</summary>
    public required string FilterFacet { get; set; }

    /// <summary>The filter's value (an actor's slug, a country code…), or "" for all statements.</summary>
    public required string FilterValue { get; set; }

    /// <summary>The dimension counted.</summary>
    public required string Facet { get; set; }

    /// <summary>The value counted.</summary>
    public required string Value { get; set; }

    /// <summary>What a page shows for the value (a name where the value is a slug or a code).</summary>
    public required string Label { get; set; }

    public int Count { get; set; }
}
