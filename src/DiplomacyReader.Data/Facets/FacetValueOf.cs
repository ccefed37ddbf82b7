namespace DiplomacyReader.Data.Facets;

/// <summary>One value of one dimension that a statement has, with what a page shows for it.</summary>
public readonly record struct FacetValueOf(string Facet, string Value, string Label);
