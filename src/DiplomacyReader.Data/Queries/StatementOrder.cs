using DiplomacyReader.Data.Entities;

namespace DiplomacyReader.Data.Queries;

/// <summary>The order statement lists share, the one the <c>(SortDate DESC, SourceId DESC, Ordinal)</c> index serves.</summary>
public static class StatementOrder
{
    /// <summary>Newest source first, then reading order within a source.</summary>
    public static IOrderedQueryable<Statement> NewestFirst(this IQueryable<Statement> statements) =>
        statements.OrderByDescending(s => s.SortDate).ThenByDescending(s => s.SourceId).ThenBy(s => s.Ordinal);
}
