using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

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

/// <summary>The aggregates profile pages share, each one grouped query over a set of statements.</summary>
public static class ProfileQueries
{
    private const int Top = 10;

    public static async Task<Timeline> TimelineAsync(this IQueryable<Statement> statements, CancellationToken cancellationToken)
    {
        var months = await statements.Where(s => s.Source.PublishedOn != null)
            .GroupBy(s => new { s.Source.PublishedOn!.Value.Year, s.Source.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new Timeline(months.OrderBy(m => m.Year).ThenBy(m => m.Month).Select(m => new TimelineMonth(m.Year, m.Month, m.Count)).ToArray());
    }

    public static async Task<IReadOnlyList<Ranked>> TopTopicsAsync(this IQueryable<Statement> statements, CancellationToken cancellationToken) =>
        (await statements.SelectMany(s => s.Topics).GroupBy(t => new { t.Slug, t.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken))
        .Select(g => new Ranked(g.Name, Routes.Topic(g.Slug), g.Count)).ToArray();

    public static async Task<IReadOnlyList<Ranked>> TopCountriesAsync(this IQueryable<Statement> statements, CancellationToken cancellationToken) =>
        (await statements.SelectMany(s => s.Countries).GroupBy(c => new { c.Code, c.Name })
            .Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken))
        .Select(g => new Ranked(g.Name, Routes.Country(g.Code), g.Count)).ToArray();

    public static async Task<IReadOnlyList<Ranked>> TopSpeakersAsync(this IQueryable<Statement> statements, CancellationToken cancellationToken) =>
        (await statements.Where(s => s.Speaker != null).GroupBy(s => new { s.Speaker!.Slug, s.Speaker.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).Take(Top).ToListAsync(cancellationToken))
        .Select(g => new Ranked(g.Name, Routes.Actor(g.Slug), g.Count)).ToArray();
}
