using DiplomacyReader.Data.Entities;

namespace DiplomacyReader.Data.Queries;

/// <summary>Sources as lists show them: newest first, through the <c>(SortDate, Id)</c> index, a page at a time.</summary>
public static class SourceList
{
    /// <summary><paramref name="sources"/> newest first, starting after <paramref name="after"/> when given (keyset paging).</summary>
    public static IQueryable<Source> NewestFirst(this IQueryable<Source> sources, ListCursor? after = null) =>
        (after is null ? sources : sources.Where(s => s.SortDate <= after.Date && (s.SortDate < after.Date || s.Id < after.Id)))
            .OrderByDescending(s => s.SortDate).ThenByDescending(s => s.Id);
}
