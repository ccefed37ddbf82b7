using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyReader.Data.Queries.Columns;

/// <summary>
/// Answers the statements page's filters from <see cref="StatementColumns"/> held in memory: facet counts in one
/// pass, a page by walking the list's order; words narrow it through the search index's ids of the statements
/// that hold them. It follows the store by its state (<see cref="StoreState"/>): the statements of sources stored
/// since, by this instance or another on the same database, in whatever order their imports took their ids, are
/// read before the answer, so the first visit after an import costs the new sources, not the store. The first
/// load of a large store runs in the background; until it is done, the caller asks the database as before (null).
/// </summary>
/// <param name="scopes">Where the background load gets a context of its own (null: loaded by the first caller, as in tests and the CLI).</param>
public sealed class StatementIndex(IServiceScopeFactory? scopes = null, ILogger<StatementIndex>? logger = null)
{
    private readonly ColumnLoader _loader = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<StatementIndex>.Instance;
    private StatementColumns? _columns;
    private Task? _firstLoad;

    /// <summary>Starts the first load in the background (the app calls it at start), so that the first visitor finds it done or under way.</summary>
    public void BeginLoading()
    {
        if (scopes is not null && _columns is null)
        {
            lock (_refreshing)
            {
                _firstLoad ??= Task.Run(LoadInBackgroundAsync, CancellationToken.None);
            }
        }
    }

    /// <summary>The facets of <paramref name="filter"/>, or null while the index is still loading.</summary>
    public async Task<StatementFacets?> CountAsync(DiplomacyDbContext db, StatementFilter filter, CancellationToken cancellationToken = default) =>
        await CurrentAsync(db, cancellationToken) is { } columns
            ? ColumnFacets.Count(columns, await RowFilterAsync(db, columns, filter, cancellationToken))
            : null;

    /// <summary>A page of <paramref name="filter"/> as <see cref="StatementFilter.PageAsync"/> gives it, or null while the index is still loading.</summary>
    public async Task<IReadOnlyList<StatementKey>?> PageAsync(DiplomacyDbContext db, StatementFilter filter, ListCursor? after, ListCursor? before, int skip, int take, CancellationToken cancellationToken = default) =>
        await CurrentAsync(db, cancellationToken) is { } columns
            ? ColumnPages.Page(columns, await RowFilterAsync(db, columns, filter, cancellationToken), filter, after, before, skip, take)
            : null;

    /// <summary>A page of <paramref name="filter"/> from the index where it can answer, else from the database: the same page either way.</summary>
    public async Task<IReadOnlyList<StatementKey>> PageOrAskDatabaseAsync(DiplomacyDbContext db, StatementFilter filter, ListCursor? after, ListCursor? before, int skip, int take, CancellationToken cancellationToken = default) =>
        await PageAsync(db, filter, after, before, skip, take, cancellationToken)
        ?? await filter.PageAsync(db, after, before, skip, take, cancellationToken);

    // Words are the search index's to find: it gives the ids of the statements that hold them, and the columns do
    // the rest. The rows it found are kept for the words and the store's state, so that a page's
    // count and list, and the next pages and filters with the same words, ask it once. Words with nothing
    // searchable in them find nothing, as in the database's filter.
    private async Task<RowFilter> RowFilterAsync(DiplomacyDbContext db, StatementColumns columns, StatementFilter filter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(filter.Text))
        {
            return new RowFilter(columns, filter);
        }

        string words = filter.Text.Trim();
        // Keyed by the store's state: rows are only appended, so a row's number never changes.
        System.Collections.BitArray rows = await _wordRows.GetAsync((columns.Version, words), db, context => RowsWithWordsAsync(context, columns, words, CancellationToken.None), cancellationToken);
        return new RowFilter(columns, filter, rows);
    }

    /// <summary>Rows of searches kept: 250 KB a search at two million statements.</summary>
    private readonly SharedOnce<(long StoreVersion, string Words), System.Collections.BitArray> _wordRows = new(maxEntries: 64, scopes);

    private static async Task<System.Collections.BitArray> RowsWithWordsAsync(DiplomacyDbContext db, StatementColumns columns, string text, CancellationToken cancellationToken)
    {
        var withWords = new System.Collections.BitArray(columns.Count);
        if (Search.SearchQuery.Parse(text) is Search.SearchQuery query)
        {
            foreach (int id in await db.FullText.StatementIds(db, query).ToListAsync(cancellationToken))
            {
                if (columns.RowOf(id) is >= 0 and int row)
                {
                    withWords[row] = true; // a statement stored since the columns were read is not theirs yet
                }
            }
        }

        return withWords;
    }

    // The columns as of the store's present state, or null while the first load runs in the background.
    private async Task<StatementColumns?> CurrentAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        StatementColumns? columns = _columns;
        if (columns is null && scopes is not null)
        {
            BeginLoading();
            return null;
        }

        long version = await StoreState.VersionAsync(db, cancellationToken);
        return columns is not null && columns.Version >= version ? columns : await RefreshAsync(db, version, cancellationToken);
    }

    // The statements of the sources up to the store's version read in, one refresh at a time (the first load is the refresh of an empty index).
    private async Task<StatementColumns> RefreshAsync(DiplomacyDbContext db, long version, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            StatementColumns columns = _columns ?? StatementColumns.Empty;
            if (columns.Version < version)
            {
                _columns = columns = await _loader.LoadAsync(db, columns, version, cancellationToken);
            }

            return columns;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task LoadInBackgroundAsync()
    {
        try
        {
            await using AsyncServiceScope scope = scopes!.CreateAsyncScope();
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            StatementColumns columns = await RefreshAsync(db, await StoreState.VersionAsync(db), CancellationToken.None);
            _logger.LogInformation("Statement index loaded: {Statements} statements, store version {Version}, in {Seconds:F1} s", columns.Count, columns.Version, started.Elapsed.TotalSeconds);
        }
        catch (Exception exception)
        {
            // The pages keep asking the database; the next request tries again.
            _logger.LogError(exception, "Loading the statement index failed");
            _firstLoad = null;
        }
    }
}
