using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>
/// Lookups in lists kept in text order (quotes, mentions), by halving rather than by a pass over the whole
/// list: a long text of many sentences and many quotes is then looked at once per sentence, not once per
/// sentence per quote, so the work grows with the text and not with its square.
/// </summary>
internal static class SortedByStart
{
    /// <summary>The items whose start lies inside <paramref name="span"/>.</summary>
    public static IReadOnlyList<T> Within<T>(IReadOnlyList<T> items, Func<T, int> start, TextSpan span)
    {
        int first = CountAtOrBefore(items, start, span.Start - 1);
        int end = CountAtOrBefore(items, start, span.End - 1);
        var within = new T[Math.Max(0, end - first)];
        for (int i = 0; i < within.Length; i++)
        {
            within[i] = items[first + i];
        }

        return within;
    }

    /// <summary>How many items start at or before <paramref name="position"/>; the last of them is at that count minus one.</summary>
    public static int CountAtOrBefore<T>(IReadOnlyList<T> items, Func<T, int> start, int position)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            if (start(items[middle]) <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
