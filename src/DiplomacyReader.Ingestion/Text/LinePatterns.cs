using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>Shapes of short lines that say what a block is: date lines, vote counters, copyright lines, tags.</summary>
internal static partial class LinePatterns
{
    /// <summary>"January 24, 2025", "24 January 2025", "2025-01-24", "Jan. 24, 2025".</summary>
    // 2025年1月24日, 令和7年1月24日: a Western year, or an era's (元年 is its first); read by JapaneseDay.
    private const string JapaneseDate = @"(?:(?<jaEra>令和|平成|昭和)\s*(?<jaEraYear>\d{1,2}|元)|(?<jaYear>\d{4}))年\s*(?<jaMonth>\d{1,2})月\s*(?<jaDay>\d{1,2})日";

    [GeneratedRegex(@"^(?:(?:date|published|updated|posted)\s*:?\s*)?(?<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})|(?:\d{4}-\d{2}-\d{2})|" + JapaneseDate + @")(?:\s*[（(][^）)]{1,4}[）)])?$", RegexOptions.IgnoreCase)]
    public static partial Regex DateLine();

    /// <summary>A "date 2025-01-24" prefix glued to the first paragraph, as some scrapers write.</summary>
    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\s+", RegexOptions.IgnoreCase)]
    public static partial Regex DatePrefix();

    /// <summary>A dateline opening a report: "TOKYO, April 2, 2023 —", "SEOUL, Jan. 13, 2025 (Yonhap) -".</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z .,'’-]{1,40}?,\s+(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[—–-]")]
    public static partial Regex Dateline();

    /// <summary>A month's name, whole or abbreviated as wire copy abbreviates it: "January", "Jan.", "Sept.".</summary>
    public const string MonthName = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

    /// <summary>A full date inside a heading or label line: "Regular Press Conference on January 20, 2025".</summary>
    [GeneratedRegex(@"(?<date>\b" + MonthName + @"\s+\d{1,2},\s+\d{4}\b|" + JapaneseDate + ")")]
    public static partial Regex EmbeddedDate();

    /// <summary>A line wholly in parentheses: a stage direction such as "(The press conference ended.)".</summary>
    [GeneratedRegex(@"^\([^()]{3,200}\)\.?$")]
    public static partial Regex StageDirection();

    /// <summary>A reader-comment vote counter: "-9 ( +11 / -20 )".</summary>
    [GeneratedRegex(@"^[-+]?\d+\s*\(\s*\+\d+\s*/\s*-\d+\s*\)$")]
    public static partial Regex VoteCounter();

    /// <summary>A line that opens a comment thread.</summary>
    [GeneratedRegex(@"^(\d+\s+comments?|comments?\s*\(\d+\)|comments?|(log\s*in|login|sign\s*in)\s+to\s+(comment|reply|post)|leave\s+a\s+(comment|reply)|(show|view|read|load)\s+(all\s+)?(\d+\s+)?comments?)$", RegexOptions.IgnoreCase)]
    public static partial Regex CommentThreadStart();

    /// <summary>A line that closes a comment thread ("Login to leave a comment").</summary>
    [GeneratedRegex(@"^((log\s*in|login|sign\s*in|register)\s+to\s+(leave|post|add)\s+a\s+comment|post\s+a\s+comment|add\s+a\s+comment)$", RegexOptions.IgnoreCase)]
    public static partial Regex CommentThreadEnd();

    /// <summary>"© KYODO", "©2025 GPlusMedia Inc.", "Copyright 2024 Reuters".</summary>
    [GeneratedRegex(@"^(©|\(c\)|copyright\b)\s*(?<year>\d{4})?\s*(?<holder>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    /// <summary>A bare domain name line ("english.kyodonews.net").</summary>
    [GeneratedRegex(@"^(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?$", RegexOptions.IgnoreCase)]
    public static partial Regex DomainLine();

    /// <summary>Where two tags were glued together without a separator ("IwayaAntony", "(Apec)Republican").</summary>
    [GeneratedRegex(@"(?<=[a-z\)])(?=[A-Z])")]
    public static partial Regex GluedTagBoundary();

    /// <summary>An image credit inside a caption.</summary>
    [GeneratedRegex(@"\b(Image|Photo|Photograph|Picture|File photo|Credit)\s*:\s*\S|\((AP|AFP|Reuters|Kyodo|Getty Images|Jiji)( Photo)?\)$|\b(AP|AFP|REUTERS|Reuters|Getty Images|Kyodo)\s*/\s*[A-Z]", RegexOptions.None)]
    public static partial Regex CaptionCredit();

    /// <summary>Navigation and site chrome lines (the words are data: Knowledge/vocabulary.json).</summary>
    public static Regex Navigation() => Knowledge.Vocabulary.NavigationLine;

    /// <summary>A short line of site chrome: "Advertisement", "Share this", "Read more", a vote counter.</summary>
    public static bool IsChromeLine(string line) =>
        VoteCounter().IsMatch(line) || (Navigation().IsMatch(line) && TextNormalizer.WordCount(line) <= 12);

    /// <summary>Whether a line is a tag line: several tags glued together without separators.</summary>
    public static bool IsGluedTagLine(string line) =>
        !line.EndsWith('.') && GluedTagBoundary().Count(line) >= 2 && !line.Contains(". ", StringComparison.Ordinal);

    /// <summary>Splits a glued tag line into its tags.</summary>
    public static IReadOnlyList<string> SplitGluedTags(string line) =>
        GluedTagBoundary().Split(line).Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();

    /// <summary>A date as Japanese writes it, in either calendar: 2025年5月16日, 令和7年5月16日, 令和元年5月1日.</summary>
    [GeneratedRegex(JapaneseDate)]
    public static partial Regex JapaneseDates();

    /// <summary>The day a <see cref="JapaneseDates"/> match names, or null where there is none (令和7年2月30日).</summary>
    public static DateOnly? JapaneseDay(Match date)
    {
        int year = date.Groups["jaEra"].Success
            ? EraStart(date.Groups["jaEra"].Value) - 1 + (date.Groups["jaEraYear"].Value == "元" ? 1 : Number(date.Groups["jaEraYear"].Value))
            : Number(date.Groups["jaYear"].Value);
        return CalendarDay(year, Number(date.Groups["jaMonth"].Value), Number(date.Groups["jaDay"].Value));
    }

    // The first year of each era, as the Gregorian year: 令和元年 is 2019.
    private static int EraStart(string era) => era switch
    {
        "令和" => 2019,
        "平成" => 1989,
        _ => 1926, // 昭和
    };

    /// <summary>The day of these numbers, or null where there is none (a 13th month, 30 February, year 0).</summary>
    public static DateOnly? CalendarDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// The number that <c>\d</c> matched: ASCII or any other decimal digits, such as the full-width ones Japanese text
    /// writes dates in (令和７年５月１６日), which <see cref="int.Parse(string)"/> refuses.
    /// </summary>
    public static int Number(string digits) => digits.Aggregate(0, (number, digit) => (number * 10) + (int)char.GetNumericValue(digit));

    /// <summary>Parses a date in the forms <see cref="DateLine"/> accepts.</summary>
    public static DateOnly? ParseDate(string text)
    {
        if (JapaneseDates().Match(text) is { Success: true } japanese)
        {
            return JapaneseDay(japanese);
        }

        string cleaned = text.Replace(".", string.Empty).Trim();
        string[] formats = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMMM dd, yyyy", "MMM dd, yyyy"];
        return DateOnly.TryParseExact(cleaned, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out DateOnly date)
            ? date
            : cleaned.StartsWith("Sept ", StringComparison.Ordinal) ? ParseDate("Sep " + cleaned[5..]) : null;
    }
}
