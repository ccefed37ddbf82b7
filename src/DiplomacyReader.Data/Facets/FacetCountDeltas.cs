using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Facets;

/// <summary>
/// The counts some statements add, gathered in memory and then added to <c>FacetCounts</c> in a few
/// statements. Each statement counts once under no filter and once under each of its own values, for
/// every value it has: the counts of the statements page filtered by one value are then one range of rows.
/// </summary>
internal sealed class FacetCountDeltas
{
    // Keeps each statement of SQL within both providers' parameter limits (SQLite: 32,766).
    private const int RowsPerStatement = 1_000;

    private readonly Dictionary<(string FilterFacet, string FilterValue, string Facet, string Value), (string Label, int Count)> _counts = new();

    public int Count => _counts.Count;

    public void Add(StatementFacetRow row)
    {
        FacetValueOf[] values = row.Values().ToArray();
        Add("", "", new FacetValueOf(Facet.Total, "", ""));
        foreach (FacetValueOf value in values)
        {
            Add("", "", value);
        }

        foreach (FacetValueOf filter in values.Where(v => v.Facet != Facet.Month))
        {
            foreach (FacetValueOf value in values)
            {
                if (value.Facet != Facet.Month || Facet.CountsMonthUnder(filter.Facet))
                {
                    Add(filter.Facet, filter.Value, value);
                }
            }
        }
    }

    /// <summary>Adds the gathered counts to the table, inside the caller's transaction if there is one.</summary>
    public async Task SaveAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in _counts.Chunk(RowsPerStatement))
        {
            var sql = new System.Text.StringBuilder("""INSERT INTO "FacetCounts" ("FilterFacet", "FilterValue", "Facet", "Value", "Label", "Count") VALUES """);
            var parameters = new List<object>(chunk.Length * 6);
            foreach (var ((filterFacet, filterValue, facet, value), (label, count)) in chunk)
            {
                int at = parameters.Count;
                sql.Append(at == 0 ? "" : ", ").Append($"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}}, {{{at + 5}}})");
                parameters.AddRange([filterFacet, filterValue, facet, value, label, count]);
            }

            // The same words on SQLite and PostgreSQL.
            sql.Append("""
                 ON CONFLICT ("FilterFacet", "FilterValue", "Facet", "Value")
                DO UPDATE SET "Count" = "FacetCounts"."Count" + excluded."Count", "Label" = excluded."Label"
                """);
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }

        _counts.Clear();
    }

    private void Add(string filterFacet, string filterValue, FacetValueOf value)
    {
        var key = (filterFacet, filterValue, value.Facet, value.Value);
        _counts[key] = (value.Label, _counts.TryGetValue(key, out var known) ? known.Count + 1 : 1);
    }
}
