using DiplomacyReader.Data.Queries;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>One filter of the form: its URL name, label, current value and counted values.</summary>
public sealed record FacetView(string Name, string Label, string? Selected, IReadOnlyList<FacetValue> Values);
