using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// Every statement's filterable values, one array per value, held in memory: what the statements page filters
/// and counts by, without the text. A scan of two million rows here is tens of milliseconds, where the
/// database reads and joins every statement a combined filter keeps (seconds at that size). Rows are only
/// appended (sources are never edited or removed): a reader keeps the <see cref="Count"/> it was given and
/// never sees a later row, so one instance serves every request while a refresh appends.
/// </summary>
public sealed class StatementColumns
{
    private StatementColumns(int count, Arrays arrays, Lookups lookups, int[] newest, int[] oldest, int[] byId, long version)
    {
        ById = byId;
        Count = count;
        Rows = arrays;
        Values = lookups;
        Newest = newest;
        Oldest = oldest;
        Version = version;
    }

    /// <summary>The columns of an empty store.</summary>
    public static StatementColumns Empty { get; } = new(0, new Arrays(), new Lookups([], [], [], []), [], [], [], -1);

    /// <summary>Rows held; the arrays may be longer.</summary>
    public int Count { get; }

    /// <summary>The store's version these columns show (<see cref="StoreState"/>): every source of that version or before is held; -1 for none.</summary>
    public long Version { get; }

    internal Arrays Rows { get; }

    internal Lookups Values { get; }

    /// <summary>Rows in the list's newest-first order: date descending, source descending, reading order.</summary>
    internal int[] Newest { get; }

    /// <summary>Rows in the oldest-first order: date, source, reading order, all ascending.</summary>
    internal int[] Oldest { get; }

    /// <summary>Rows in the order of their statement ids: where the search index's ids are found.</summary>
    internal int[] ById { get; }

    /// <summary>The row of statement <paramref name="id"/>, or -1 where these columns do not hold it.</summary>
    internal int RowOf(int id)
    {
        int place = FirstWhere(ById, 0, row => Rows.Id[row] > id);
        return place > 0 && Rows.Id[ById[place - 1]] == id ? ById[place - 1] : -1;
    }

    /// <summary>These columns with <paramref name="added"/> appended, the orders merged, the names as now stored.</summary>
    internal StatementColumns With(IReadOnlyList<LoadedStatement> added, Lookups lookups, long version)
    {
        Arrays rows = Rows.Append(Count, added);
        int count = Count + added.Count;
        int[] fresh = Enumerable.Range(Count, added.Count).ToArray();
        return new StatementColumns(count, rows, lookups,
            Merge(Newest, fresh, rows.NewestFirst), Merge(Oldest, fresh, rows.OldestFirst), Merge(ById, fresh, (a, b) => rows.Id[a].CompareTo(rows.Id[b])), version);
    }

    // The held order and the new rows merged into one order. An import adds a few rows to millions: each new row's
    // place is found by binary search and the held rows between are copied as blocks, so the first visit after an
    // import costs a copy of the order, not millions of comparisons.
    private static int[] Merge(int[] held, int[] fresh, Comparison<int> order)
    {
        Array.Sort(fresh, order);
        var merged = new int[held.Length + fresh.Length];
        int copied = 0;
        for (int f = 0; f < fresh.Length; f++)
        {
            int row = fresh[f];
            int place = FirstWhere(held, copied, other => order(other, row) > 0); // rows equal in order stay first
            Array.Copy(held, copied, merged, copied + f, place - copied);
            merged[place + f] = fresh[f];
            copied = place;
        }

        Array.Copy(held, copied, merged, copied + fresh.Length, held.Length - copied);
        return merged;
    }

    /// <summary>
    /// The first place from <paramref name="start"/> in <paramref name="order"/> whose row has reached what
    /// <paramref name="reached"/> asks (binary search: once reached, every later row has too).
    /// </summary>
    internal static int FirstWhere(int[] order, int start, Func<int, bool> reached)
    {
        int low = start, high = order.Length;
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

    /// <summary>One statement as read from the store, its names turned into numbers of <see cref="Lookups"/>.</summary>
    internal sealed record LoadedStatement(
        int Id, int SourceId, int Ordinal, DateOnly SortDate, DateOnly? PublishedOn, StatementKind Kind, SourceKind SourceKind,
        int Speaker, int Role, int Publisher, int Language, int[] Countries, int[] Topics);

    /// <summary>The names the rows refer to by number: actors by their id, the rest by their place in a list.</summary>
    /// <param name="Actors">By actor id: slug, name and country code (null where no actor has that id).</param>
    internal sealed record Lookups(
        IReadOnlyList<(string Slug, string Name, string? Country)?> Actors,
        IReadOnlyList<string> Strings,
        IReadOnlyList<(string Code, string Name)> Countries,
        IReadOnlyList<(string Slug, string Name)> Topics);

    /// <summary>The columns. Arrays grow by a quarter; a row once written never changes.</summary>
    internal sealed class Arrays
    {
        public int[] Id = [];
        public int[] SourceId = [];
        public int[] Ordinal = [];
        /// <summary>The statement's sort date as a day number.</summary>
        public int[] SortDay = [];
        /// <summary>The sort date's month (year × 12 + month − 1), -1 for a statement with no date: the timeline counts by it.</summary>
        public int[] Month = [];
        /// <summary>The source's date as a day number, -1 where it has none (the date filters read it).</summary>
        public int[] PublishedDay = [];
        public byte[] Kind = [];
        public byte[] SourceKind = [];
        /// <summary>Actor id, 0 for none.</summary>
        public int[] Speaker = [];
        /// <summary>Place in <see cref="Lookups.Strings"/>, -1 for none: the speaker's role, the publisher, the source's language.</summary>
        public int[] Role = [];
        public int[] Publisher = [];
        public int[] Language = [];
        /// <summary>Row i's countries are CountryIds[CountryStart[i]..CountryStart[i + 1]]; topics the same way.</summary>
        public int[] CountryStart = [0];
        public int[] CountryIds = [];
        public int[] TopicStart = [0];
        public int[] TopicIds = [];

        public int NewestFirst(int a, int b) => Compare(a, SortDay[b], SourceId[b], Ordinal[b], StatementSort.Newest);

        public int OldestFirst(int a, int b) => Compare(a, SortDay[b], SourceId[b], Ordinal[b], StatementSort.Oldest);

        /// <summary>Where <paramref name="row"/> stands against a cursor in the list's <paramref name="sort"/>: below zero before it, zero at it, above zero after it.</summary>
        public int Compare(int row, ListCursor place, StatementSort sort) => Compare(row, place.Date.DayNumber, place.Id, place.Ordinal, sort);

        /// <summary>The row's place in the list as a cursor gives it.</summary>
        public ListCursor PlaceOf(int row) => new(DateOnly.FromDayNumber(SortDay[row]), SourceId[row], Ordinal[row]);

        // Newest first: later dates and later sources come first; within a source, reading order either way.
        private int Compare(int row, int day, int source, int ordinal, StatementSort sort)
        {
            int inOrder = SortDay[row] != day ? SortDay[row].CompareTo(day) : SourceId[row].CompareTo(source);
            return inOrder != 0 ? (sort == StatementSort.Oldest ? inOrder : -inOrder) : Ordinal[row].CompareTo(ordinal);
        }

        // The arrays themselves when they have room (the rows past count are nobody's yet), else copies with room.
        public Arrays Append(int count, IReadOnlyList<LoadedStatement> added)
        {
            int needed = count + added.Count;
            Arrays rows = Id.Length >= needed ? this : Grown(WithRoom(needed));
            int countries = rows.CountryStart[count], topics = rows.TopicStart[count];
            rows.CountryIds = Room(rows.CountryIds, countries + added.Sum(s => s.Countries.Length));
            rows.TopicIds = Room(rows.TopicIds, topics + added.Sum(s => s.Topics.Length));
            for (int k = 0; k < added.Count; k++)
            {
                LoadedStatement s = added[k];
                int i = count + k;
                (rows.Id[i], rows.SourceId[i], rows.Ordinal[i]) = (s.Id, s.SourceId, s.Ordinal);
                (rows.SortDay[i], rows.PublishedDay[i]) = (s.SortDate.DayNumber, s.PublishedOn?.DayNumber ?? -1);
                rows.Month[i] = s.SortDate > DateOnly.MinValue ? s.SortDate.Year * 12 + s.SortDate.Month - 1 : -1;
                (rows.Kind[i], rows.SourceKind[i]) = ((byte)s.Kind, (byte)s.SourceKind);
                (rows.Speaker[i], rows.Role[i], rows.Publisher[i], rows.Language[i]) = (s.Speaker, s.Role, s.Publisher, s.Language);
                s.Countries.CopyTo(rows.CountryIds, countries);
                rows.CountryStart[i + 1] = countries += s.Countries.Length;
                s.Topics.CopyTo(rows.TopicIds, topics);
                rows.TopicStart[i + 1] = topics += s.Topics.Length;
            }

            return rows;
        }

        private Arrays Grown(int length) => new()
        {
            Id = Copy(Id, length), SourceId = Copy(SourceId, length), Ordinal = Copy(Ordinal, length),
            SortDay = Copy(SortDay, length), Month = Copy(Month, length), PublishedDay = Copy(PublishedDay, length),
            Kind = Copy(Kind, length), SourceKind = Copy(SourceKind, length),
            Speaker = Copy(Speaker, length), Role = Copy(Role, length), Publisher = Copy(Publisher, length), Language = Copy(Language, length),
            CountryStart = Copy(CountryStart, length + 1), CountryIds = CountryIds, TopicStart = Copy(TopicStart, length + 1), TopicIds = TopicIds,
        };

        private static T[] Room<T>(T[] array, int needed) => array.Length >= needed ? array : Copy(array, WithRoom(needed));

        // A quarter more than needed: the first load fills the arrays, and the first import after it would copy them all.
        private static int WithRoom(int needed) => needed + needed / 4 + 1024;

        private static T[] Copy<T>(T[] array, int length)
        {
            var copy = new T[length];
            Array.Copy(array, copy, array.Length);
            return copy;
        }
    }
}
