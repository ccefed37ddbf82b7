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
        (int first, int end) = Within(r, order, asked.From, asked.To, sort);
        if (before is not null)
        {
            // Back from the cursor: the rows before its place, nearest first, shown in the list's order.
            for (int i = Math.Min(end, StatementColumns.FirstWhere(order, 0, row => r.Compare(row, before, sort) >= 0)) - 1; i >= first && page.Count < take; i--)
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
        int start = Math.Max(first, after is null ? 0 : StatementColumns.FirstWhere(order, 0, row => r.Compare(row, after, sort) > 0));
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
    private static (int First, int End) Within(StatementColumns.Arrays r, int[] order, DateOnly? from, DateOnly? to, StatementSort sort)
    {
        int low = from?.DayNumber ?? int.MinValue, high = to?.DayNumber ?? int.MaxValue;
        return sort == StatementSort.Oldest
            ? (StatementColumns.FirstWhere(order, 0, row => r.SortDay[row] >= low), StatementColumns.FirstWhere(order, 0, row => r.SortDay[row] > high))
            : (StatementColumns.FirstWhere(order, 0, row => r.SortDay[row] <= high), StatementColumns.FirstWhere(order, 0, row => r.SortDay[row] < low));
    }

    private static StatementKey Key(StatementColumns.Arrays r, int row) => new(r.Id[row], r.PlaceOf(row));
}
