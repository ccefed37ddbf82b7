using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// A wire report's dateline without its year ("Tokyo, Oct. 1 (Jiji Press)--", "TOKYO, Feb. 8 (Kyodo) —") names
/// the day the report was filed. Alone it gives no date; beside a date found elsewhere (the page's date line,
/// its address) a day or two later, the dateline's day is the report's: a page is often dated when it went up,
/// in Japan's time zone, the day after a report filed in the evening (<see cref="RecentDay"/>).
/// </summary>
internal static partial class YearlessDatelines
{
    /// <summary>The dateline's day where it falls at most a few days before <paramref name="found"/>; otherwise <paramref name="found"/>.</summary>
    public static DateOnly? Refine(IReadOnlyList<PassageRecord> passages, DateOnly? found)
    {
        if (found is not DateOnly later)
        {
            return found;
        }

        Match dateline = passages.Take(8).Where(p => p.Kind == PassageKind.Paragraph)
            .Select(p => Dateline().Match(p.Text)).FirstOrDefault(m => m.Success) ?? Match.Empty;
        if (!dateline.Success)
        {
            return found;
        }

        // The month and day, read in the later date's year or the one before (29 February is in a leap year only).
        string named = dateline.Groups["date"].Value;
        if ((LinePatterns.ParseDate(string.Create(CultureInfo.InvariantCulture, $"{named}, {later.Year}"))
            ?? LinePatterns.ParseDate(string.Create(CultureInfo.InvariantCulture, $"{named}, {later.Year - 1}"))) is not DateOnly day)
        {
            return found;
        }

        return RecentDay.Before(later, d => d.Month == day.Month && d.Day == day.Day) ?? found;
    }

    // "Tokyo, Oct. 1 (Jiji Press)--": a place, a month and day with no year, the agency, a dash.
    [GeneratedRegex(@"^[A-Z][A-Za-z .'’-]{1,40}?,\s+(?<date>" + LinePatterns.MonthName + @"\s+\d{1,2})\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)")]
    private static partial Regex Dateline();
}
