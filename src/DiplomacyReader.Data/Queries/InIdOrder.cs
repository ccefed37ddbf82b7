namespace DiplomacyReader.Data.Queries;

/// <summary>
/// Rows read by their ids (<c>WHERE Id IN (…)</c>) come back in whatever order the database likes; a page
/// read its ids in the order it shows them, so the rows are put back in that order. An id with no row (gone
/// since the ids were read) is left out.
/// </summary>
public static class InIdOrder
{
    public static IReadOnlyList<T> OrderedAs<T, TKey>(this IEnumerable<T> rows, IEnumerable<TKey> ids, Func<T, TKey> idOf) where TKey : notnull
    {
        Dictionary<TKey, T> byId = rows.ToDictionary(idOf);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }
}
