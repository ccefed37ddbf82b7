namespace DiplomacyReader.Ingestion.Checking;

/// <summary>A set of days as sorted, disjoint half-open intervals [From, To); To null is open-ended.</summary>
internal sealed record DateRange(IReadOnlyList<(DateOnly From, DateOnly? To)> Intervals)
{
    /// <summary>Every day.</summary>
    public static DateRange All { get; } = new([(DateOnly.MinValue, null)]);

    /// <summary>No day.</summary>
    public bool IsEmpty => Intervals.Count == 0;

    /// <summary>One day.</summary>
    public static DateRange Day(DateOnly day) => new([(day, day.AddDays(1))]);

    /// <summary>The days both ranges share.</summary>
    public DateRange Intersect(DateRange other)
    {
        var result = new List<(DateOnly, DateOnly?)>();
        foreach ((DateOnly aFrom, DateOnly? aTo) in Intervals)
        {
            foreach ((DateOnly bFrom, DateOnly? bTo) in other.Intervals)
            {
                DateOnly from = aFrom > bFrom ? aFrom : bFrom;
                DateOnly? to = aTo is null ? bTo : bTo is null ? aTo : aTo < bTo ? aTo : bTo;
                if (to is null || from < to)
                {
                    result.Add((from, to));
                }
            }
        }

        return new DateRange(result.OrderBy(i => i.Item1).ToArray());
    }

    /// <summary>The days after the first interval starts that no interval covers: when one was "former".</summary>
    public DateRange Gaps()
    {
        var result = new List<(DateOnly, DateOnly?)>();
        for (int i = 0; i < Intervals.Count; i++)
        {
            if (Intervals[i].To is not DateOnly end)
            {
                break;
            }

            DateOnly? nextStart = i + 1 < Intervals.Count ? Intervals[i + 1].From : null;
            if (nextStart is null || end < nextStart)
            {
                result.Add((end, nextStart));
            }
        }

        return new DateRange(result);
    }

    /// <summary>A reader's description: "2021-01-20 to 2025-01-20".</summary>
    public override string ToString() =>
        string.Join(" or ", Intervals.Select(i => i.To is null ? $"from {i.From:yyyy-MM-dd}" : $"{i.From:yyyy-MM-dd} to {i.To:yyyy-MM-dd}"));
}
