using Microsoft.EntityFrameworkCore;
using System.Globalization;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Queries;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>
/// Statements per month, for the timeline chart and its table: every month from the first to the last, the
/// empty ones too, so that the bars stand on a true time axis (at most <see cref="MaxMonths"/>, the latest).
/// </summary>
public sealed record Timeline
{
    /// <summary>Ten years of months: a chart wider than that is unreadable on a page.</summary>
    public const int MaxMonths = 120;

    public Timeline(IEnumerable<TimelineMonth> months)
    {
        TimelineMonth[] known = months.Where(m => m.Year > 1).OrderBy(m => m.Year).ThenBy(m => m.Month).ToArray();
        if (known.Length == 0)
        {
            Months = [];
            return;
        }

        Dictionary<(int, int), int> counts = known.GroupBy(m => (m.Year, m.Month)).ToDictionary(g => g.Key, g => g.Sum(m => m.Statements));
        var all = new List<TimelineMonth>();
        for (DateOnly month = new(known[0].Year, known[0].Month, 1), last = new(known[^1].Year, known[^1].Month, 1); month <= last; month = month.AddMonths(1))
        {
            all.Add(new TimelineMonth(month.Year, month.Month, counts.GetValueOrDefault((month.Year, month.Month))));
        }

        Months = all.TakeLast(MaxMonths).ToArray();
    }

    public IReadOnlyList<TimelineMonth> Months { get; }

    public int Max => Months.Count == 0 ? 0 : Months.Max(m => m.Statements);

    /// <summary>The values the vertical axis marks: 0, a round middle, and the top.</summary>
    public IReadOnlyList<int> Ticks => Max <= 1 ? [0, Max] : [0, (Max + 1) / 2, Max];

    /// <summary>Whether month <paramref name="index"/> gets a label under the axis: every month in a short span, each January (and the first) in a long one.</summary>
    public bool IsLabelled(int index) => Months.Count <= 12 || index == 0 || Months[index].Month == 1;
}

/// <summary>One month of a timeline.</summary>
public sealed record TimelineMonth(int Year, int Month, int Statements)
{
    public string Label => new DateOnly(Year, Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the axis writes under the bar: the month, or the year in January.</summary>
    public string AxisLabel(bool longSpan) => longSpan
        ? Year.ToString(CultureInfo.InvariantCulture)
        : new DateOnly(Year, Month, 1).ToString(Month == 1 ? "MMM yy" : "MMM", CultureInfo.InvariantCulture);
}

/// <summary>Something a profile counts: a topic, a country, a speaker, a fellow actor; <paramref name="StatementsHref"/> lists the statements counted, where a filter can.</summary>
public sealed record Ranked(string Label, string Href, int Count, string? StatementsHref = null);

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
    public static async Task<Timeline> TimelineAsync(DiplomacyDbContext db, string facet, string value, CancellationToken cancellationToken) =>
        TimelineOf(await StoredFacets.UnderAsync(db, facet, value, Facet.Month, cancellationToken));

    /// <summary>The timeline of counts by month ("2025-03"), as kept at import or counted with a filter's facets (<see cref="StatementFacets.Months"/>).</summary>
    public static Timeline TimelineOf(IEnumerable<FacetValue> months) =>
        new(months
            .Select(m => (Month: DateOnly.ParseExact(m.Value + "-01", StatementFacets.MonthFormat + "-dd", CultureInfo.InvariantCulture), m.Count))
            .OrderBy(m => m.Month)
            .Select(m => new TimelineMonth(m.Month.Year, m.Month.Month, m.Count)));

    /// <summary>How many statements a filter selects: from the counts kept at import where they hold it, else counted.</summary>
    public static async Task<int> CountAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken) =>
        await StoredFacets.TotalAsync(db, filter, cancellationToken) ?? await filter.Apply(db).CountAsync(cancellationToken);

    /// <summary>The ten values of <paramref name="ranked"/> most common among those statements, each linked by <paramref name="href"/>.</summary>
    public static async Task<IReadOnlyList<Ranked>> TopAsync(DiplomacyDbContext db, string facet, string value, string ranked, Func<string, string> href, CancellationToken cancellationToken) =>
        (await StoredFacets.UnderAsync(db, facet, value, ranked, cancellationToken))
            .Take(Top)
            .Select(v => new Ranked(v.Label, href(v.Value), v.Count, StatementsWhere(facet, value, ranked, v.Value)))
            .ToArray();

    // The statements page's filters are named as the facets are: "Iwaya · China 10" lists Iwaya's statements on China.
    private static string? StatementsWhere(string facet, string value, string ranked, string rankedValue) =>
        facet is Facet.Actor or Facet.Country or Facet.Topic && ranked is Facet.Actor or Facet.Country or Facet.Topic
            ? Routes.StatementsWhere(facet, value) + "&" + ranked + "=" + Uri.EscapeDataString(rankedValue)
            : null;
}
