namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// A page of a filter read along the order held in <see cref="StatementColumns"/>: from the top, after a
/// cursor or back from one, the same rows as <see cref="StatementFilter.PageAsync"/> reads from the database.
/// The order is walked until the page is full, so a filter that keeps many statements stops early and one
/// that keeps few reads the order through.
/// </summary>
internal static class ColumnPages
{
    public static List<StatementKey> Page(StatementColumns columns, RowFilter filter, StatementFilter asked, ListCursor? after, ListCursor? before, int skip, int take)
    {
        StatementSort sort = asked.Sort;
        var page = new List<StatementKey>(take);
        if (filter.MatchesNothing || take <= 0)
        {
            return page;
        }

        StatementColumns.Arrays r = columns.Rows;
        int[] order = sort == StatementSort.Oldest ? columns.Oldest : columns.Newest;
        (int first, int end) = Within(r, order, columns.Count, asked.From, asked.To, sort);
        if (before is not null)
        {
            // Back from the cursor: the rows before its place, nearest first, shown in the list's order.
            for (int i = Math.Min(end, FirstAtOrAfter(order, columns.Count, cursor => Compare(r, cursor, before, sort))) - 1; i >= first && page.Count < take; i--)
            {
                if (filter.Matches(order[i]))
                {
                    page.Add(Key(r, order[i]));
                }
            }

            page.Reverse();
            return page;
        }

        // After a cursor the page starts there; a page number without one skips rows, as the database's OFFSET does.
        int start = Math.Max(first, after is null ? 0 : FirstAfter(order, columns.Count, row => Compare(r, row, after, sort)));
        skip = after is null ? skip : 0;
        for (int i = start; i < end && page.Count < take; i++)
        {
            if (filter.Matches(order[i]) && skip-- <= 0)
            {
                page.Add(Key(r, order[i]));
            }
        }

        return page;
    }

    // The stretch of the order dated from..to. A statement's sort date is its source's date (an undated one sorts
    // below every date, and fails a date filter anyway), so no row outside it passes the filter: a filter of five
    // years walks those years, not the decade.
    private static (int First, int End) Within(StatementColumns.Arrays r, int[] order, int count, DateOnly? from, DateOnly? to, StatementSort sort)
    {
        int low = from?.DayNumber ?? int.MinValue, high = to?.DayNumber ?? int.MaxValue;
        return sort == StatementSort.Oldest
            ? (Search(order, count, row => r.SortDay[row] >= low), Search(order, count, row => r.SortDay[row] > high))
            : (Search(order, count, row => r.SortDay[row] <= high), Search(order, count, row => r.SortDay[row] < low));
    }

    private static StatementKey Key(StatementColumns.Arrays r, int row) =>
        new(r.Id[row], new ListCursor(DateOnly.FromDayNumber(r.SortDay[row]), r.SourceId[row], r.Ordinal[row]));

    // Where a row stands against the cursor in the list's order: below zero before it, zero at it, above zero after it.
    private static int Compare(StatementColumns.Arrays r, int row, ListCursor cursor, StatementSort sort)
    {
        int day = cursor.Date.DayNumber;
        int byDate = sort == StatementSort.Oldest ? r.SortDay[row].CompareTo(day) : day.CompareTo(r.SortDay[row]);
        if (byDate != 0)
        {
            return byDate;
        }

        int bySource = sort == StatementSort.Oldest ? r.SourceId[row].CompareTo(cursor.Id) : cursor.Id.CompareTo(r.SourceId[row]);
        return bySource != 0 ? bySource : r.Ordinal[row].CompareTo(cursor.Ordinal);
    }

    // The first place in the order whose row comes after the cursor (binary search: the order is sorted).
    private static int FirstAfter(int[] order, int count, Func<int, int> compare) => Search(order, count, row => compare(row) > 0);

    // The first place whose row is at the cursor or after it.
    private static int FirstAtOrAfter(int[] order, int count, Func<int, int> compare) => Search(order, count, row => compare(row) >= 0);

    private static int Search(int[] order, int count, Func<int, bool> reached)
    {
        int low = 0, high = count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (reached(order[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
