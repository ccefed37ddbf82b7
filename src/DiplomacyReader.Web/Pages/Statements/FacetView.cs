using DiplomacyReader.Data.Queries;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>One filter of the form: its URL name, current value and counted values; its label comes with the name.</summary>
public sealed record FacetView(string Name, string? Selected, IReadOnlyList<FacetValue> Values)
{
    public string Label => FilterValueNames.FilterName(Name);
}
