using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// Japanese officials and reporters name the day beside "today" and "yesterday": 本日14日 ("today, the 14th"),
/// 昨13日 ("yesterday, the 13th"). Such a mention gives the day the words were spoken, without month or year;
/// beside a date found elsewhere a few days later (a mirror's address, the day a record went up) it is that
/// date's own day (<see cref="RecentDay"/>), as a wire dateline is (<see cref="YearlessDatelines"/>).
/// </summary>
internal static partial class JapaneseDayMentions
{
    /// <summary>The day the first mention speaks on, where it falls at most a few days before <paramref name="found"/>; otherwise <paramref name="found"/>.</summary>
    public static DateOnly? Refine(IReadOnlyList<PassageRecord> passages, DateOnly? found)
    {
        if (found is not DateOnly later)
        {
            return found;
        }

        Match mention = passages.Where(p => p.Kind != PassageKind.Boilerplate)
            .Select(p => Mention().Match(p.Text)).FirstOrDefault(m => m.Success) ?? Match.Empty;
        if (!mention.Success)
        {
            return found;
        }

        int day = Text.LinePatterns.Number(mention.Groups["day"].Value);
        bool yesterday = mention.Groups["yesterday"].Success;
        return RecentDay.Before(later, spokenOn => (yesterday ? spokenOn.AddDays(-1) : spokenOn).Day == day) ?? found;
    }

    // 昨13日 (yesterday, the 13th) or 本日14日 / 今14日 / きょう14日 (today, the 14th); ASCII or full-width digits.
    [GeneratedRegex(@"(?:(?<yesterday>昨)|本日|今日|今|きょう)(?<day>[0-9０-９]{1,2})日")]
    private static partial Regex Mention();
}
