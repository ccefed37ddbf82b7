using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>
/// Every statement, narrowed by filters that combine and live in the URL, with facet counts beside each
/// filter, sorting, paging, and CSV / JSON downloads of exactly what is shown.
/// </summary>
public sealed class IndexModel(DiplomacyDbContext db, FacetCache facetCache) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public StatementQueryString Query { get; set; } = new();

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + StatementQueryString.PageSize - 1) / StatementQueryString.PageSize);

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    public StatementFacets Facets { get; private set; } = null!;

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
        Statements = await Filter.ApplySorted(db).PageAsync(db, (Query.PageNumber - 1) * StatementQueryString.PageSize, StatementQueryString.PageSize, cancellationToken);
        ActiveFilters = Query.Values()
            .Where(v => v.Key is not ("p" or "sort"))
            .Select(v => new ActiveFilter($"{v.Key}: {v.Value}", Query.Url(Routes.Statements, v.Key, null)))
            .ToArray();
        FacetViews =
        [
            new("country", "Country mentioned", Query.Country, Facets.Countries),
            new("speakerCountry", "Speaker's country", Query.SpeakerCountry, Facets.SpeakerCountries),
            new("actor", "Speaker", Query.Actor, Facets.Actors),
            new("role", "Role", Query.Role, Facets.Roles),
            new("topic", "Topic", Query.Topic, Facets.Topics),
            new("kind", "Statement kind", Query.Kind, Facets.Kinds),
            new("sourceKind", "Source kind", Query.SourceKind, Facets.SourceKinds),
            new("publisher", "Publisher", Query.Publisher, Facets.Publishers),
        ];
    }

    public sealed record ActiveFilter(string Label, string DropUrl);
}
