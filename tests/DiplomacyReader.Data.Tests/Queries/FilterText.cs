using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Queries;

/// <summary>A statements filter written as the page's query string ("speakerCountry=JP&amp;sort=oldest"), for tests that try many.</summary>
internal static class FilterText
{
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
