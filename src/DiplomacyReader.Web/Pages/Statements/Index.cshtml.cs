using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Data.Queries.Columns;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>
/// Every statement, narrowed by filters that combine and live in the URL, with facet counts beside each
/// filter, sorting, paging, and CSV / JSON downloads of exactly what is shown.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db, FacetCache facetCache, StatementIndex index) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public StatementQueryString Query { get; set; } = new();

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + StatementQueryString.PageSize - 1) / StatementQueryString.PageSize);

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    public StatementFacets Facets { get; private set; } = null!;

    /// <summary>The languages sources declare or were read in ("en", "ja"), for the language filter.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>The filtered statements per month, for the chart above the list.</summary>
    public Timeline Timeline { get; private set; } = new([]);

    public StatementFilter Filter { get; private set; } = new();

    /// <summary>The filters in use, each with the URL that drops it.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];

    /// <summary>The form's filters with their counts.</summary>
    public IReadOnlyList<FacetView> FacetViews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = Query.ToFilter();
        Facets = await facetCache.CountAsync(db, Filter, cancellationToken);
        Total = Facets.Total;
        await ReadPageAsync(cancellationToken);
        Timeline = ProfileQueries.TimelineOf(Facets.Months); // counted with the facets, once per state of the store
        Languages = await SourceLanguages.ListAsync(db, cancellationToken);
        FacetViews =
        [
            new("country", Query.Country, Facets.Countries),
            new("speakerCountry", Query.SpeakerCountry, Facets.SpeakerCountries),
            new("actor", Query.Actor, Facets.Actors),
            new("role", Query.Role, Facets.Roles),
            new("topic", Query.Topic, Facets.Topics),
            new("kind", Query.Kind, Facets.Kinds),
            new("sourceKind", Query.SourceKind, Facets.SourceKinds),
            new("publisher", Query.Publisher, Facets.Publishers),
        ];
        ActiveFilters = await ActiveFiltersOfAsync(cancellationToken);
        Ignored = [.. IgnoredDate("from", "From", Query.From, Filter.From), .. IgnoredDate("to", "To", Query.To, Filter.To)];
        OutOfRange = Total > 0 && Query.PageNumber > Pages;
    }

    /// <summary>Filter values that name nothing the filter understands, each with why it is ignored.</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    /// <summary>The page asked for is past the last one.</summary>
    public bool OutOfRange { get; private set; }

    // Each filter in use by its names ("Country mentioned: China", not "country: CN"), with the URL that drops it.
    private async Task<IReadOnlyList<ActiveFilter>> ActiveFiltersOfAsync(CancellationToken cancellationToken)
    {
        var filters = new List<ActiveFilter>();
        foreach ((string key, string value) in Query.Values())
        {
            FacetView? facet = FacetViews.FirstOrDefault(f => f.Name == key);
            string? label = facet is not null
                ? $"{facet.Label}: {facet.Values.FirstOrDefault(v => string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase))?.Label ?? await FilterValueNames.StoredNameAsync(db, key, value, cancellationToken) ?? value}"
                : key switch
                {
                    "from" when Filter.From is DateOnly from => $"{FilterValueNames.FilterName(key)}: {from:yyyy-MM-dd}",
                    "to" when Filter.To is DateOnly to => $"{FilterValueNames.FilterName(key)}: {to:yyyy-MM-dd}",
                    "q" => $"{FilterValueNames.FilterName(key)}: {value}",
                    "language" => $"{FilterValueNames.FilterName(key)}: {LanguageNames.Of(value)}",
                    _ => null, // paging and sorting are not filters; an unreadable date is said apart
                };
            if (label is not null)
            {
                filters.Add(new ActiveFilter(label, Query.Url(Routes.Statements, key, null)));
            }
        }

        return filters;
    }

    private static IEnumerable<string> IgnoredDate(string name, string label, string? given, DateOnly? read) =>
        !string.IsNullOrWhiteSpace(given) && read is null ? [$"“{given.Trim()}” is not a date (write it as 2025-01-31): the “{label}” filter ({name}=) is ignored."] : [];

    /// <summary>The first row of the page, where "Previous" ends.</summary>
    public ListCursor? First { get; private set; }

    /// <summary>The last row of the page, where "Next" starts.</summary>
    public ListCursor? Last { get; private set; }

    // Keyset paging: a page is read onwards from its neighbour's edge row through the sort's index. A page
    // number without a cursor (an old link) still works, by skipping rows.
    private async Task ReadPageAsync(CancellationToken cancellationToken)
    {
        const int size = StatementQueryString.PageSize;
        IReadOnlyList<StatementKey> page = await index.PageOrAskDatabaseAsync(db, Filter, ListCursor.Parse(Query.After), ListCursor.Parse(Query.Before), (Query.PageNumber - 1) * size, size, cancellationToken);
        Statements = await StatementListItemQueries.ItemsAsync(db, page.Select(k => k.Id).ToArray(), cancellationToken);
        First = page.Count == 0 ? null : page[0].Cursor;
        Last = page.Count == 0 ? null : page[^1].Cursor;
    }

    public sealed record ActiveFilter(string Label, string DropUrl);
}
