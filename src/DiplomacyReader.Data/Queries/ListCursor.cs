using System.Globalization;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// A place in a list sorted by date and then ids, as a URL carries it ("20250124.17.3"): the next page is
/// read from the index onwards from here (keyset paging), so page 1,000 costs what page 2 costs.
/// </summary>
/// <param name="Date">The sort date of the row (<c>SortDate</c>).</param>
/// <param name="Id">The source's id.</param>
/// <param name="Ordinal">The statement's place in its source (0 for a source).</param>
public sealed record ListCursor(DateOnly Date, int Id, int Ordinal = 0)
{
    /// <summary>The cursor in <paramref name="text"/>, or null when there is none or it is not one (a hand-edited URL starts again at the top).</summary>
    public static ListCursor? Parse(string? text)
    {
        string[] parts = (text ?? "").Split('.');
        return parts.Length is 2 or 3
            && DateOnly.TryParseExact(parts[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int id)
            && (parts.Length == 2 || int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? new ListCursor(date, id, parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0)
            : null;
    }

    public override string ToString() => FormattableString.Invariant($"{Date:yyyyMMdd}.{Id}.{Ordinal}");
}
