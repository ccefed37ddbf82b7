using System.Globalization;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// The facets of a filter counted in one pass over <see cref="StatementColumns"/>: the same counts, labels and
/// order as <see cref="StatementFacets.CountAsync"/> reads from the database, ties in count listed by label.
/// </summary>
internal static class ColumnFacets
{
    public static StatementFacets Count(StatementColumns columns, RowFilter filter)
    {
        StatementColumns.Arrays r = columns.Rows;
        StatementColumns.Lookups values = columns.Values;
        int total = 0;
        var actors = new int[values.Actors.Count];
        var roles = new int[values.Strings.Count];
        var publishers = new int[values.Strings.Count];
        var countries = new int[values.Countries.Count];
        var topics = new int[values.Topics.Count];
        var kinds = new int[256];
        var sourceKinds = new int[256];
        var months = new Dictionary<int, int>();
        for (int row = 0; !filter.MatchesNothing && row < columns.Count; row++)
        {
            if (!filter.Matches(row))
            {
                continue;
            }

            total++;
            actors[r.Speaker[row]]++;
            if (r.Role[row] >= 0)
            {
                roles[r.Role[row]]++;
            }

            if (r.Publisher[row] >= 0)
            {
                publishers[r.Publisher[row]]++;
            }

            kinds[r.Kind[row]]++;
            sourceKinds[r.SourceKind[row]]++;
            for (int c = r.CountryStart[row]; c < r.CountryStart[row + 1]; c++)
            {
                countries[r.CountryIds[c]]++;
            }

            for (int t = r.TopicStart[row]; t < r.TopicStart[row + 1]; t++)
            {
                topics[r.TopicIds[t]]++;
            }

            if (r.Month[row] >= 0)
            {
                months[r.Month[row]] = months.GetValueOrDefault(r.Month[row]) + 1;
            }
        }

        // Actor 0 is "no speaker": not a value of the speaker facets.
        var spoken = Enumerable.Range(1, actors.Length - 1).Where(a => actors[a] > 0 && values.Actors[a] is not null).Select(a => (Actor: values.Actors[a]!.Value, Count: actors[a])).ToList();
        return new StatementFacets(
            total,
            Top(Enumerable.Range(0, countries.Length).Where(c => countries[c] > 0).Select(c => new FacetValue(values.Countries[c].Code, values.Countries[c].Name, countries[c]))),
            Top(spoken.Where(a => a.Actor.Country is not null).GroupBy(a => a.Actor.Country!).Select(g => new FacetValue(g.Key, g.Key, g.Sum(a => a.Count)))),
            Top(spoken.Select(a => new FacetValue(a.Actor.Slug, a.Actor.Name, a.Count))),
            Top(Enumerable.Range(0, roles.Length).Where(s => roles[s] > 0).Select(s => new FacetValue(values.Strings[s], values.Strings[s], roles[s]))),
            Top(Enumerable.Range(0, topics.Length).Where(t => topics[t] > 0).Select(t => new FacetValue(values.Topics[t].Slug, values.Topics[t].Name, topics[t]))),
            Top(Enumerable.Range(0, kinds.Length).Where(k => kinds[k] > 0).Select(k => Named((StatementKind)k, kinds[k]))),
            Top(Enumerable.Range(0, sourceKinds.Length).Where(k => sourceKinds[k] > 0).Select(k => Named((SourceKind)k, sourceKinds[k]))),
            Top(Enumerable.Range(0, publishers.Length).Where(p => publishers[p] > 0).Select(p => new FacetValue(values.Strings[p], values.Strings[p], publishers[p]))),
            // Every month, in order: the timeline above the list draws them all.
            months.OrderBy(m => m.Key).Select(m => Month(m.Key, m.Value)).ToArray());
    }

    private static FacetValue Named<TEnum>(TEnum value, int count) where TEnum : struct, Enum =>
        new(ExportMapping.Name(value), ExportMapping.Name(value), count);

    private static FacetValue Month(int month, int count)
    {
        string name = new DateOnly(month / 12, month % 12 + 1, 1).ToString(StatementFacets.MonthFormat, CultureInfo.InvariantCulture);
        return new FacetValue(name, name, count);
    }

    private static IReadOnlyList<FacetValue> Top(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(StatementFacets.Top).ToArray();
}
