using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Facets;

/// <summary>What one statement is counted under: the same values the statements page filters by.</summary>
internal sealed record StatementFacetRow(
    StatementKind Kind,
    SourceKind SourceKind,
    string? Publisher,
    DateOnly? PublishedOn,
    string? SpeakerSlug,
    string? SpeakerName,
    string? SpeakerCountry,
    string? Role,
    IReadOnlyList<(string Code, string Name)> Countries,
    IReadOnlyList<(string Slug, string Name)> Topics)
{
    /// <summary>The row of a statement just mapped, its speaker, countries and topics loaded.</summary>
    public static StatementFacetRow Of(Statement statement, Source source) => new(
        statement.Kind, source.Kind, source.Publisher, source.PublishedOn,
        statement.Speaker?.Slug, statement.Speaker?.Name, statement.Speaker?.CountryCode, statement.SpeakerRole,
        statement.Countries.Select(c => (c.Code, c.Name)).ToList(),
        statement.Topics.Select(t => (t.Slug, t.Name)).ToList());

    /// <summary>Each value once. Labels are what <see cref="Queries.StatementFacets"/> shows when it counts afresh.</summary>
    public IEnumerable<FacetValueOf> Values()
    {
        var values = new HashSet<FacetValueOf>();
        foreach ((string code, string name) in Countries)
        {
            values.Add(new(Facet.Country, code, name));
        }

        foreach ((string slug, string name) in Topics)
        {
            values.Add(new(Facet.Topic, slug, name));
        }

        if (SpeakerSlug is not null)
        {
            values.Add(new(Facet.Actor, SpeakerSlug, SpeakerName ?? SpeakerSlug));
            if (SpeakerCountry is not null)
            {
                values.Add(new(Facet.SpeakerCountry, SpeakerCountry, SpeakerCountry));
            }
        }

        if (Role is not null)
        {
            values.Add(new(Facet.Role, Role, Role));
        }

        if (Publisher is not null)
        {
            values.Add(new(Facet.Publisher, Publisher, Publisher));
        }

        if (PublishedOn is DateOnly date)
        {
            string month = date.ToString(Queries.StatementFacets.MonthFormat, System.Globalization.CultureInfo.InvariantCulture);
            values.Add(new(Facet.Month, month, month));
        }

        values.Add(new(Facet.Kind, ExportMapping.Name(Kind), ExportMapping.Name(Kind)));
        values.Add(new(Facet.SourceKind, ExportMapping.Name(SourceKind), ExportMapping.Name(SourceKind)));
        return values;
    }
}
