using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Queries;

/// <summary>A statements filter written as the page's query string ("speakerCountry=JP&amp;sort=oldest"), for tests that try many.</summary>
internal static class FilterText
{
    /// <summary>Filters that narrow the seeded store in the ways the statements page combines them, one keeping nothing.</summary>
    public static readonly string[] Narrowing =
    [
        "speakerCountry=JP",
        "speakerCountry=JP&topic=china",
        "sourceKind=press&from=2024-06-01",
        "country=CN&to=2025-01-31",
        "kind=direct&sort=oldest",
        "speakerCountry=JP&sourceKind=transcript&sort=oldest&from=2025-01-01&to=2025-12-31",
        "topic=no-such-topic",
    ];

    public static StatementFilter Parse(string query)
    {
        var filter = new StatementFilter();
        foreach (string[] pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            filter = pair[0] switch
            {
                "speakerCountry" => filter with { SpeakerCountry = pair[1] },
                "topic" => filter with { Topic = pair[1] },
                "country" => filter with { Country = pair[1] },
                "sourceKind" => filter with { SourceKind = Enum.Parse<SourceKind>(pair[1], ignoreCase: true) },
                "kind" => filter with { Kind = Enum.Parse<StatementKind>(pair[1], ignoreCase: true) },
                "from" => filter with { From = DateOnly.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture) },
                "to" => filter with { To = DateOnly.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture) },
                "sort" => filter with { Sort = StatementSort.Oldest },
                "actor" => filter with { Actor = pair[1] },
                "role" => filter with { Role = Uri.UnescapeDataString(pair[1]) },
                "publisher" => filter with { Publisher = Uri.UnescapeDataString(pair[1]) },
                "language" => filter with { Language = pair[1] },
                "q" => filter with { Text = Uri.UnescapeDataString(pair[1]) },
                _ => throw new ArgumentException(pair[0]),
            };
        }

        return filter;
    }
}
