using System.Globalization;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>Statements per month, for the timeline chart and its table.</summary>
public sealed record Timeline(IReadOnlyList<TimelineMonth> Months)
{
    public int Max => Months.Count == 0 ? 0 : Months.Max(m => m.Statements);
}

/// <summary>One month of a timeline.</summary>
public sealed record TimelineMonth(int Year, int Month, int Statements)
{
    public string Label => new DateOnly(Year, Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Something a profile counts: a topic, a country, a speaker, a fellow actor.</summary>
public sealed record Ranked(string Label, string Href, int Count);

/// <summary>A titled ranking on a profile page.</summary>
public sealed record RankedList(string Heading, string Id, IReadOnlyList<Ranked> Items);

/// <summary>
/// The aggregates profile pages share, read from the counts kept at import (<see cref="StoredFacets"/>):
/// an actor's, a country's or a topic's statements by month, topic, country or speaker, without reading
/// the statements themselves.
/// </summary>
public static class ProfileQueries
{
    private const int Top = 10;

    /// <summary>Statements per month among those with <paramref name="facet"/> = <paramref name="value"/>.</summary>
    public static async Task<Timeline> TimelineAsync(DiplomacyDbContext db, string facet, string value, CancellationToken cancellationToken)
    {
        IReadOnlyList<FacetValue> months = await StoredFacets.UnderAsync(db, facet, value, Facet.Month, cancellationToken);
        return new Timeline(months
            .Select(m => (Month: DateOnly.ParseExact(m.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), m.Count))
            .OrderBy(m => m.Month)
            .Select(m => new TimelineMonth(m.Month.Year, m.Month.Month, m.Count))
            .ToArray());
    }

    /// <summary>The ten values of <paramref name="ranked"/> most common among those statements, each linked by <paramref name="href"/>.</summary>
    public static async Task<IReadOnlyList<Ranked>> TopAsync(DiplomacyDbContext db, string facet, string value, string ranked, Func<string, string> href, CancellationToken cancellationToken) =>
        (await StoredFacets.UnderAsync(db, facet, value, ranked, cancellationToken))
            .Take(Top)
            .Select(v => new Ranked(v.Label, href(v.Value), v.Count))
            .ToArray();
}
