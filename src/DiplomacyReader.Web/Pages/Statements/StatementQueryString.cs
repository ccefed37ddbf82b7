using System.Globalization;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>
/// The statements filters as they live in the URL (shareable, back-button safe): parsed leniently — a value
/// that names nothing is ignored, never an error — and written back with one value changed.
/// </summary>
public sealed class StatementQueryString
{
    public const int PageSize = 50;

    public string? Country { get; set; }

    public string? SpeakerCountry { get; set; }

    public string? Actor { get; set; }

    public string? Role { get; set; }

    public string? Topic { get; set; }

    public string? Kind { get; set; }

    public string? SourceKind { get; set; }

    public string? Publisher { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Q { get; set; }

    /// <summary>The source's language: "ja", "en".</summary>
    public string? Language { get; set; }

    public string? Sort { get; set; }

    /// <summary>The page number ("p": "page" is a route value Razor Pages keeps for itself).</summary>
    public int? P { get; set; }

    public int PageNumber => Math.Max(1, P ?? 1);

    /// <summary>Where the page starts: after this row of the previous page (<see cref="ListCursor"/>), so that no page is found by counting rows.</summary>
    public string? After { get; set; }

    /// <summary>Where the page ends: before this row of the next page (the "Previous" link).</summary>
    public string? Before { get; set; }

    /// <summary>The URL of page <paramref name="page"/>, reached from a neighbouring page's edge row.</summary>
    public string PageUrl(string path, int page, ListCursor? after = null, ListCursor? before = null)
    {
        string url = Url(path);
        if (page <= 1)
        {
            return url;
        }

        string paging = $"p={page.ToString(CultureInfo.InvariantCulture)}"
            + (after is null ? "" : $"&after={after}")
            + (before is null ? "" : $"&before={before}");
        return url + (url.Contains('?') ? "&" : "?") + paging;
    }

    public StatementFilter ToFilter() => new()
    {
        Country = Blank(Country)?.ToUpperInvariant(),
        SpeakerCountry = Blank(SpeakerCountry)?.ToUpperInvariant(),
        Actor = Blank(Actor),
        Role = Blank(Role),
        Topic = Blank(Topic),
        Kind = Names.Parse<StatementKind>(Blank(Kind)),
        SourceKind = Names.Parse<SourceKind>(Blank(SourceKind)),
        Publisher = Blank(Publisher),
        From = Date(From),
        To = Date(To),
        Text = Blank(Q),
        Language = Blank(Language)?.ToLowerInvariant(),
        Sort = Sort == "oldest" ? StatementSort.Oldest : StatementSort.Newest,
    };

    /// <summary>The parameters as name/value pairs, empty ones left out.</summary>
    public IEnumerable<KeyValuePair<string, string>> Values()
    {
        (string Name, string? Value)[] all =
        [
            ("country", Country), ("speakerCountry", SpeakerCountry), ("actor", Actor), ("role", Role), ("topic", Topic),
            ("kind", Kind), ("sourceKind", SourceKind), ("publisher", Publisher), ("from", From), ("to", To), ("q", Q), ("language", Language), ("sort", Sort),
            ("p", P is > 1 ? P.Value.ToString(CultureInfo.InvariantCulture) : null), ("after", After), ("before", Before),
        ];
        return all.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => KeyValuePair.Create(v.Name, v.Value!));
    }

    /// <summary><paramref name="path"/> with these parameters, one of them changed (null drops it); paging restarts.</summary>
    public string Url(string path, string? name = null, string? value = null)
    {
        var values = Values().Where(v => v.Key is not ("p" or "after" or "before")).ToDictionary(v => v.Key, v => v.Value);
        if (name is not null)
        {
            values.Remove(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        string query = string.Join("&", values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(Blank(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
}
