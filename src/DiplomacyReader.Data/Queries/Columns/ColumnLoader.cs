using Microsoft.EntityFrameworkCore;
using static DiplomacyReader.Data.Queries.Columns.StatementColumns;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// Reads the statements of sources not yet held into <see cref="StatementColumns"/>, a range of source ids at a
/// time, and keeps the numbering of the names they refer to from one refresh to the next. One refresh at a
/// time (the caller's lock).
/// </summary>
internal sealed class ColumnLoader
{
    /// <summary>Sources read per query: a first load of a decade's store is a few dozen queries, each a range of the source index.</summary>
    private const int SourcesPerQuery = 10_000;

    private readonly Numbering<string> _strings = new();
    private readonly Numbering<(string Code, string Name)> _countries = new();
    private readonly Numbering<(string Slug, string Name)> _topics = new();

    /// <summary>The columns with every statement of the sources after <paramref name="held"/>'s up to <paramref name="lastSourceId"/>.</summary>
    public async Task<StatementColumns> LoadAsync(DiplomacyDbContext db, StatementColumns held, int lastSourceId, CancellationToken cancellationToken)
    {
        var added = new List<LoadedStatement>();
        for (int from = held.LastSourceId; from < lastSourceId; from += SourcesPerQuery)
        {
            added.AddRange(await RangeAsync(db, from, Math.Min(lastSourceId, from + SourcesPerQuery), cancellationToken));
        }

        // Actors are few and may gain a country or a name after their first statement: read whole each time.
        var actors = await db.Actors.AsNoTracking().Select(a => new { a.Id, a.Slug, a.Name, a.CountryCode }).ToListAsync(cancellationToken);
        var byId = new (string Slug, string Name, string? Country)?[actors.Count == 0 ? 1 : actors.Max(a => a.Id) + 1];
        foreach (var actor in actors)
        {
            byId[actor.Id] = (actor.Slug, actor.Name, actor.CountryCode);
        }

        return held.With(added, new Lookups(byId, _strings.Values(), _countries.Values(), _topics.Values()), lastSourceId);
    }

    // The statements of sources after..to (exclusive, inclusive), with their countries and topics.
    private async Task<List<LoadedStatement>> RangeAsync(DiplomacyDbContext db, int after, int to, CancellationToken cancellationToken)
    {
        IQueryable<Entities.Statement> range = db.Statements.AsNoTracking().Where(s => s.SourceId > after && s.SourceId <= to);
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
