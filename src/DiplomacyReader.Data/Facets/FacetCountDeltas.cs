using DiplomacyReader.Data.Entities;

namespace DiplomacyReader.Data.Facets;

/// <summary>
/// The counts some statements add, gathered in memory and then added to <c>FacetCounts</c> the fastest way
/// each database has (<see cref="Storage.StoreDialect.AddFacetCountsAsync"/>). Each statement counts once under no filter and once under each of its own values, for
/// every value it has: the counts of the statements page filtered by one value are then one range of rows.
/// </summary>
internal sealed class FacetCountDeltas
{
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

    /// <summary>Counts one source under its kind and each of its topics (the overview's source counts).</summary>
    public void AddSourceTags(Ingestion.Model.SourceKind kind, IEnumerable<(string Slug, string Name)> topics)
    {
        string name = Ingestion.Export.ExportMapping.Name(kind);
        Add(Facet.Sources, "", new FacetValueOf(Facet.SourceKind, name, name));
        foreach ((string slug, string label) in topics.DistinctBy(t => t.Slug))
        {
            Add(Facet.Sources, "", new FacetValueOf(Facet.Topic, slug, label));
        }
    }

    /// <summary>Counts one source for each pair of the actors it mentions or quotes (a profile's "appears with").</summary>
    public void AddSource(IEnumerable<(string Slug, string Name)> actors)
    {
        (string Slug, string Name)[] distinct = actors.DistinctBy(a => a.Slug).ToArray();
        foreach ((string slug, _) in distinct)
        {
            foreach ((string other, string name) in distinct.Where(a => a.Slug != slug))
            {
                Add(Facet.SourceActor, slug, new FacetValueOf(Facet.CoActor, other, name));
            }
        }
    }

    /// <summary>Adds the gathered counts to the table, inside the caller's transaction if there is one.</summary>
    public async Task SaveAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        if (_counts.Count > 0)
        {
            await db.Dialect.AddFacetCountsAsync(db, _counts.Select(c => new FacetCount
            {
                FilterFacet = c.Key.FilterFacet,
                FilterValue = c.Key.FilterValue,
                Facet = c.Key.Facet,
                Value = c.Key.Value,
                Label = c.Value.Label,
                Count = c.Value.Count,
            }).ToList(), cancellationToken);
        }

        _counts.Clear();
    }

    private void Add(string filterFacet, string filterValue, FacetValueOf value)
    {
        var key = (filterFacet, filterValue, value.Facet, value.Value);
        _counts[key] = (value.Label, _counts.TryGetValue(key, out var known) ? known.Count + 1 : 1);
    }
}
