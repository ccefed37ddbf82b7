using Microsoft.EntityFrameworkCore;
using static DiplomacyReader.Data.Queries.Columns.StatementColumns;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// Reads the statements of sources not yet held into <see cref="StatementColumns"/>: those of the store's versions
/// since the held one, a run of their source ids at a time. Keeps the numbering of the names they refer to from
/// one refresh to the next. One refresh at a time (the caller's lock).
/// </summary>
internal sealed class ColumnLoader
{
    /// <summary>Sources read per query: a first load of a decade's store is a few dozen queries, each a range of the source index.</summary>
    private const int SourcesPerQuery = 10_000;

    /// <summary>
    /// Ids this far apart are read in separate queries: a range of ids reads every statement of the sources
    /// between, held or not (an import of another instance may have taken ids below those held).
    /// </summary>
    private const int LargestGap = 1_000;

    private readonly Numbering<string> _strings = new();
    private readonly Numbering<(string Code, string Name)> _countries = new();
    private readonly Numbering<(string Slug, string Name)> _topics = new();

    /// <summary>The columns with every statement of the sources of the versions after <paramref name="held"/>'s up to <paramref name="version"/>.</summary>
    public async Task<StatementColumns> LoadAsync(DiplomacyDbContext db, StatementColumns held, long version, CancellationToken cancellationToken)
    {
        long after = held.Version;
        int[] sources = await db.Sources.Where(s => s.Version > after && s.Version <= version).OrderBy(s => s.Id).Select(s => s.Id).ToArrayAsync(cancellationToken);
        var added = new List<LoadedStatement>();
        foreach ((int first, int last) in Runs(sources))
        {
            added.AddRange(await RangeAsync(db, first, last, after, version, cancellationToken));
        }

        // Actors are few and may gain a country or a name after their first statement: read whole each time.
        var actors = await db.Actors.AsNoTracking().Select(a => new { a.Id, a.Slug, a.Name, a.CountryCode }).ToListAsync(cancellationToken);
        var byId = new (string Slug, string Name, string? Country)?[actors.Count == 0 ? 1 : actors.Max(a => a.Id) + 1];
        foreach (var actor in actors)
        {
            byId[actor.Id] = (actor.Slug, actor.Name, actor.CountryCode);
        }

        return held.With(added, new Lookups(byId, _strings.Values(), _countries.Values(), _topics.Values()), version);
    }

    // The ids (in order) as runs of at most SourcesPerQuery, none spanning a gap wider than LargestGap.
    private static IEnumerable<(int First, int Last)> Runs(int[] ids)
    {
        for (int start = 0, end; start < ids.Length; start = end)
        {
            end = start + 1;
            while (end < ids.Length && end - start < SourcesPerQuery && ids[end] - ids[end - 1] <= LargestGap)
            {
                end++;
            }

            yield return (ids[start], ids[end - 1]);
        }
    }

    // The statements of the sources first..last (inclusive) of the versions after..version, with their countries and topics.
    private async Task<List<LoadedStatement>> RangeAsync(DiplomacyDbContext db, int first, int last, long after, long version, CancellationToken cancellationToken)
    {
        IQueryable<Entities.Statement> range = db.Statements.AsNoTracking()
            .Where(s => s.SourceId >= first && s.SourceId <= last && s.Source.Version > after && s.Source.Version <= version);
        ILookup<int, int> countries = (await range.SelectMany(s => s.Countries, (s, c) => new { s.Id, c.Code, c.Name }).ToListAsync(cancellationToken))
            .ToLookup(c => c.Id, c => _countries.Of((c.Code, c.Name)));
        ILookup<int, int> topics = (await range.SelectMany(s => s.Topics, (s, t) => new { s.Id, t.Slug, t.Name }).ToListAsync(cancellationToken))
            .ToLookup(t => t.Id, t => _topics.Of((t.Slug, t.Name)));
        return (await range
                .Select(s => new { s.Id, s.SourceId, s.Ordinal, s.SortDate, s.Kind, s.SpeakerId, s.SpeakerRole, SourceKind = s.Source.Kind, s.Source.PublishedOn, s.Source.Publisher, s.Source.Language })
                .ToListAsync(cancellationToken))
            .Select(s => new LoadedStatement(s.Id, s.SourceId, s.Ordinal, s.SortDate, s.PublishedOn, s.Kind, s.SourceKind, s.SpeakerId ?? 0,
                Number(s.SpeakerRole), Number(s.Publisher), Number(s.Language),
                [.. countries[s.Id]], [.. topics[s.Id]]))
            .ToList();
    }

    private int Number(string? value) => value is null ? -1 : _strings.Of(value);

    /// <summary>Numbers values in the order they are first met.</summary>
    private sealed class Numbering<T> where T : notnull
    {
        private readonly Dictionary<T, int> _numbers = [];
        private readonly List<T> _values = [];

        public int Of(T value)
        {
            if (!_numbers.TryGetValue(value, out int number))
            {
                _numbers[value] = number = _values.Count;
                _values.Add(value);
            }

            return number;
        }

        public T[] Values() => [.. _values];
    }
}
