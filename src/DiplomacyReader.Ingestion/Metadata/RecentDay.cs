namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// A day a document names without its year or month (a wire dateline's "Oct. 1", a Japanese record's 昨13日),
/// placed beside a full date found elsewhere: the named day is the document's where it falls at most a few days
/// before that date, since a page goes up, or a mirror copies it, a day or two after it was written. Further
/// apart, the two are not the same day's.
/// </summary>
internal static class RecentDay
{
    /// <summary>How many days after the named day the date found elsewhere may be.</summary>
    public const int MaxDaysLater = 3;

    /// <summary>The latest day from <paramref name="found"/> back <see cref="MaxDaysLater"/> days that <paramref name="isNamedDay"/> accepts, or null.</summary>
    public static DateOnly? Before(DateOnly found, Func<DateOnly, bool> isNamedDay)
    {
        for (int back = 0; back <= MaxDaysLater; back++)
        {
            DateOnly day = found.AddDays(-back);
            if (isNamedDay(day))
            {
                return day;
            }
        }

        return null;
    }
}
