using System.Globalization;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Search;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Search;

/// <summary>
/// Full-text search over passages and statements, ranked, with highlighted snippets that link to the exact
/// passage or statement, paged, narrowed by dates, source kind, country and speaker; <c>OR</c> between
/// alternatives. The database's own index does the work (<see cref="FullTextSearch"/>). Any input is safe: it
/// goes through <see cref="SearchQuery"/>, which keeps letters and digits only. A query that names a known
/// actor in any of their names (岩屋毅, Takeshi Iwaya) shows the actor and the name in the other script.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    /// <summary>Hits of each list on one page.</summary>
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Speaker { get; set; }

    public HitPage<PassageHit> Passages { get; private set; } = new([], 0);

    public HitPage<StatementHit> Statements { get; private set; } = new([], 0);

    public SearchFilter Filter { get; private set; } = new();

    public bool Searched { get; private set; }

    /// <summary>Known actors the words name, for the card above the results and the hint when nothing is found.</summary>
    public IReadOnlyList<NamedActor> Actors { get; private set; } = [];

    /// <summary>Filter values that could not be read, each with the reason.</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    /// <summary>The countries and speakers the form offers.</summary>
    public IReadOnlyList<NamedTag> CountryChoices { get; private set; } = [];

    public IReadOnlyList<NamedTag> SpeakerChoices { get; private set; } = [];

    public int Pages => Math.Max(1, (Math.Max(Passages.Total, Statements.Total) + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var ignored = new List<string>();
        Filter = new SearchFilter(
            DateOf(From, "From", ignored), DateOf(To, "To", ignored),
            Names.Parse<SourceKind>(Kind), string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(Speaker) ? null : Speaker.Trim());
        if (Kind is { Length: > 0 } && Filter.SourceKind is null)
        {
            ignored.Add($"“{Kind}” is not a kind of source; all kinds are searched.");
        }

        Ignored = ignored;
        CountryChoices = await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new NamedTag(c.Code, c.Name)).ToListAsync(cancellationToken);
        SpeakerChoices = await db.Actors.AsNoTracking().Where(a => a.KnowledgeBaseKey != null || a.Slug == Filter.Speaker).OrderBy(a => a.Name)
            .Select(a => new NamedTag(a.Slug, a.Name)).ToListAsync(cancellationToken);
        if (SearchQuery.Parse(Q) is not SearchQuery query)
        {
            return;
        }

        Searched = true;
        int skip = (PageNumber - 1) * PageSize;
        Statements = await SearchResults.StatementsAsync(db, query, Filter, skip, PageSize, cancellationToken);
        Passages = await SearchResults.PassagesAsync(db, query, Filter, skip, PageSize, cancellationToken);
        var actors = new List<NamedActor>();
        foreach (string alternative in SearchTerms.SplitAlternatives(Q!))
        {
            actors.AddRange(await NamedActors.InAsync(db, alternative, cancellationToken));
        }

        Actors = actors.DistinctBy(a => a.Slug).ToList();
    }

    /// <summary>This search's address with other values for some parameters (null drops one).</summary>
    public string SearchUrl(int? page = null, bool withoutFilters = false, string? q = null)
    {
        var values = new List<KeyValuePair<string, string?>> { new("q", q ?? Q) };
        if (!withoutFilters)
        {
            values.AddRange([new("from", From), new("to", To), new("kind", Kind), new("country", Country), new("speaker", Speaker)]);
        }

        if (page is > 1)
        {
            values.Add(new("p", page.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return Routes.Search + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    private static DateOnly? DateOf(string? value, string label, List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        ignored.Add($"{label}: “{value}” is not a date (write it as 2025-01-24); it is ignored.");
        return null;
    }
}
