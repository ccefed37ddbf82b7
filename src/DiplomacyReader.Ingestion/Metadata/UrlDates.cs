using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// The day a page's address gives, for a document whose text states none. Newsrooms and ministries put the
/// publication day in the path: <c>/2024/10/02/</c>, <c>/20241002-214476/</c>, <c>/PI/20241001.O1J.html</c>,
/// and the Prime Minister's Office <c>/statement/2024/1002kaiken.html</c> or <c>/202410/1001kaiken.html</c>.
/// Only the path is read (a host or query holds ids, not days), and only a real calendar day counts: a
/// year and month alone, or digits that could be an article number, give nothing.
/// </summary>
public static partial class UrlDates
{
    /// <summary>The day in <paramref name="url"/>'s path, or null.</summary>
    public static DateOnly? From(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? address))
        {
            return null;
        }

        string path = Uri.UnescapeDataString(address.AbsolutePath);
        foreach (Regex pattern in (Regex[])[Separated(), Compact(), YearThenMonthDay(), Timestamp()])
        {
            foreach (Match match in pattern.Matches(path))
            {
                if (match.Groups["ym"].Success && match.Groups["ym"].Value != match.Groups["m"].Value)
                {
                    continue; // "/202410/1101…": the folder's month and the file's disagree, so neither is a day
                }

                if (Day(match) is DateOnly day)
                {
                    return day;
                }
            }
        }

        return null;
    }

    private static DateOnly? Day(Match match)
    {
        int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return Text.LinePatterns.CalendarDay(year, month, day);
    }

    // "/2024/10/02/", "/2024-10-02-slug": year, month and day as separate parts.
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[/_-](?<m>[0-9]{1,2})[/_-](?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex Separated();

    // "20241002" standing alone: eight digits, not part of a longer number.
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})(?![0-9])")]
    private static partial Regex Compact();

    // "/2024/1002kaiken", "/202410/1001kaiken": a year (or year and month) folder, then a file named from its month and day.
    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})(?<ym>[0-9]{2})?/(?<m>[0-9]{2})(?<d>[0-9]{2})(?=[A-Za-z_.-]|$)")]
    private static partial Regex YearThenMonthDay();

    // "/article/2023031617560945610": an id that is a timestamp, a day then a real hour and minute (and seconds or a
    // counter), as Korean and other newsrooms number their stories; an article number rarely reads as a time too.
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})(?:[01][0-9]|2[0-3])[0-5][0-9][0-9]{2,9}(?![0-9])")]
    private static partial Regex Timestamp();
}
