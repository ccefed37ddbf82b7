using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// A <see cref="StatementFilter"/> (without words) as tests on the rows of <see cref="StatementColumns"/>, with
/// exactly the database's meaning: names compared as stored, a date filter failing a source without a date,
/// a language matching its tag or the tag with a region. A name the store does not hold matches nothing.
/// </summary>
internal sealed class RowFilter
{
    private readonly StatementColumns.Arrays _rows;
    private readonly int _country = -1, _topic = -1, _role = -1, _publisher = -1;
    private readonly bool _matchesNothing;
    private readonly bool[]? _speakers, _languages;
    private readonly int _kind = -1, _sourceKind = -1, _from = int.MinValue, _to = int.MaxValue;
    private readonly bool _dated;

    private readonly System.Collections.BitArray? _withWords;

    /// <param name="withWords">The rows that hold the filter's words (the search index's answer), or null without words.</param>
    public RowFilter(StatementColumns columns, StatementFilter filter, System.Collections.BitArray? withWords = null)
    {
        _rows = columns.Rows;
        _withWords = withWords;
        StatementColumns.Lookups values = columns.Values;
        _matchesNothing =
            (filter.Country is not null && (_country = IndexOf(values.Countries, c => c.Code == filter.Country)) < 0)
            | (filter.Topic is not null && (_topic = IndexOf(values.Topics, t => t.Slug == filter.Topic)) < 0)
            | (filter.Role is not null && (_role = IndexOf(values.Strings, s => s == filter.Role)) < 0)
            | (filter.Publisher is not null && (_publisher = IndexOf(values.Strings, s => s == filter.Publisher)) < 0);
        if (filter.Actor is not null || filter.SpeakerCountry is not null)
        {
            _speakers = values.Actors.Select(a => a is { } actor
                && (filter.Actor is null || actor.Slug == filter.Actor)
                && (filter.SpeakerCountry is null || actor.Country == filter.SpeakerCountry)).ToArray();
        }

        if (filter.Language is string language)
        {
            string tag = language.Trim().ToLowerInvariant(), prefix = tag + "-";
            _languages = values.Strings.Select(s => s == tag || s.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        }

        _kind = filter.Kind is StatementKind kind ? (int)kind : -1;
        _sourceKind = filter.SourceKind is SourceKind sourceKind ? (int)sourceKind : -1;
        _dated = filter.From is not null || filter.To is not null;
        _from = filter.From?.DayNumber ?? int.MinValue;
        _to = filter.To?.DayNumber ?? int.MaxValue;
    }

    /// <summary>Whether the filter can hold no row at all (a name nobody has): nothing need be read.</summary>
    public bool MatchesNothing => _matchesNothing;

    public bool Matches(int row)
    {
        StatementColumns.Arrays r = _rows;
        if (_withWords is not null && !_withWords[row])
        {
            return false;
        }

        if ((_kind >= 0 && r.Kind[row] != _kind) || (_sourceKind >= 0 && r.SourceKind[row] != _sourceKind))
        {
            return false;
        }

        if (_dated && (r.PublishedDay[row] < 0 || r.PublishedDay[row] < _from || r.PublishedDay[row] > _to))
        {
            return false;
        }

        if ((_role >= 0 && r.Role[row] != _role) || (_publisher >= 0 && r.Publisher[row] != _publisher))
        {
            return false;
        }

        if (_speakers is not null && (r.Speaker[row] is var speaker && (speaker <= 0 || speaker >= _speakers.Length || !_speakers[speaker])))
        {
            return false;
        }

        if (_languages is not null && (r.Language[row] < 0 || !_languages[r.Language[row]]))
        {
            return false;
        }

        return (_country < 0 || Holds(r.CountryIds, r.CountryStart[row], r.CountryStart[row + 1], _country))
            && (_topic < 0 || Holds(r.TopicIds, r.TopicStart[row], r.TopicStart[row + 1], _topic));
    }

    private static bool Holds(int[] ids, int start, int end, int id)
    {
        for (int i = start; i < end; i++)
        {
            if (ids[i] == id)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf<T>(IReadOnlyList<T> values, Func<T, bool> match)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (match(values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
