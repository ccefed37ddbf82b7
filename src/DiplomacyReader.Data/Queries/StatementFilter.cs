using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>The order statements are listed in.</summary>
public enum StatementSort
{
    /// <summary>Newest source first, then reading order.</summary>
    Newest,
    /// <summary>Oldest source first, then reading order.</summary>
    Oldest,
}

/// <summary>
/// Every way a researcher can narrow the statements: by country mentioned or speaker's country, speaker,
/// role, topic, kinds, publisher, dates and words. One definition serves the statements page, its CSV and
/// JSON exports, the JSON API and the benchmark, so that each shows exactly the same statements.
/// </summary>
public sealed record StatementFilter
{
    public string? Country { get; init; }

    public string? SpeakerCountry { get; init; }

    public string? Actor { get; init; }

    public string? Role { get; init; }

    public string? Topic { get; init; }

    public StatementKind? Kind { get; init; }

    public SourceKind? SourceKind { get; init; }

    public string? Publisher { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Text { get; init; }

    /// <summary>The source's language ("ja", "en"); a tag with a region ("ja-JP") counts as its language.</summary>
    public string? Language { get; init; }

    public StatementSort Sort { get; init; }

    /// <summary>Whether any filter narrows the list.</summary>
    public bool IsNarrowed => Country is not null || SpeakerCountry is not null || Actor is not null || Role is not null || Topic is not null
        || Kind is not null || SourceKind is not null || Publisher is not null || From is not null || To is not null || !string.IsNullOrWhiteSpace(Text)
        || Language is not null;

    /// <summary>The statements that pass every filter.</summary>
    public IQueryable<Statement> Apply(DiplomacyDbContext db) => Apply(db, db.Statements.AsNoTracking());

    // The statements of <paramref name="statements"/> that pass every filter.
    private IQueryable<Statement> Apply(DiplomacyDbContext db, IQueryable<Statement> statements)
    {
        if (Country is not null)
        {
            statements = statements.Where(s => s.Countries.Any(c => c.Code == Country));
        }

        if (SpeakerCountry is not null)
        {
            statements = statements.Where(s => s.Speaker != null && s.Speaker.CountryCode == SpeakerCountry);
        }

        if (Actor is not null)
        {
            statements = statements.Where(s => s.Speaker != null && s.Speaker.Slug == Actor);
        }

        if (Role is not null)
        {
            statements = statements.Where(s => s.SpeakerRole == Role);
        }

        if (Topic is not null)
        {
            statements = statements.Where(s => s.Topics.Any(t => t.Slug == Topic));
        }

        if (Kind is StatementKind kind)
        {
            statements = statements.Where(s => s.Kind == kind);
        }

        if (SourceKind is SourceKind sourceKind)
        {
            statements = statements.Where(s => s.Source.Kind == sourceKind);
        }

        if (Publisher is not null)
        {
            statements = statements.Where(s => s.Source.Publisher == Publisher);
        }

        if (From is DateOnly from)
        {
            statements = statements.Where(s => s.Source.PublishedOn >= from);
        }

        if (To is DateOnly to)
        {
            statements = statements.Where(s => s.Source.PublishedOn <= to);
        }

        if (Language is string language)
        {
            IQueryable<int> inLanguage = db.Sources.Where(SourceLanguages.In(language)).Select(s => s.Id);
            statements = statements.Where(s => inLanguage.Contains(s.SourceId));
        }

        if (Search.SearchQuery.Parse(Text) is Search.SearchQuery query)
        {
            IQueryable<int> ids = db.FullText.StatementIds(db, query);
            statements = statements.Where(s => ids.Contains(s.Id));
        }
        else if (!string.IsNullOrWhiteSpace(Text))
        {
            statements = statements.Where(_ => false); // nothing searchable in the words given
        }

        return statements;
    }

    /// <summary>The filtered statements that come after <paramref name="after"/> in the chosen order, in that order.</summary>
    public IQueryable<Statement> ApplySortedAfter(DiplomacyDbContext db, ListCursor after) => InOrder(After(Apply(db), after));

    // The statements that come after the cursor in the chosen order.
    private IQueryable<Statement> After(IQueryable<Statement> statements, ListCursor after) => Sort == StatementSort.Oldest
        ? statements.Where(s => s.SortDate >= after.Date
            && (s.SortDate > after.Date || s.SourceId > after.Id || (s.SourceId == after.Id && s.Ordinal > after.Ordinal)))
        : statements.Where(s => s.SortDate <= after.Date
            && (s.SortDate < after.Date || s.SourceId < after.Id || (s.SourceId == after.Id && s.Ordinal > after.Ordinal)));

    private IOrderedQueryable<Statement> InOrder(IQueryable<Statement> statements) => Sort == StatementSort.Oldest
        ? statements.OrderBy(s => s.SortDate).ThenBy(s => s.SourceId).ThenBy(s => s.Ordinal)
        : statements.NewestFirst();

    /// <summary>The filtered statements that come before <paramref name="before"/> in the chosen order, nearest first (the reverse order).</summary>
    public IQueryable<Statement> ApplyReversedBefore(DiplomacyDbContext db, ListCursor before) => Sort == StatementSort.Oldest
        ? Apply(db).Where(s => s.SortDate <= before.Date
                && (s.SortDate < before.Date || s.SourceId < before.Id || (s.SourceId == before.Id && s.Ordinal < before.Ordinal)))
            .OrderByDescending(s => s.SortDate).ThenByDescending(s => s.SourceId).ThenByDescending(s => s.Ordinal)
        : Apply(db).Where(s => s.SortDate >= before.Date
                && (s.SortDate > before.Date || s.SourceId > before.Id || (s.SourceId == before.Id && s.Ordinal < before.Ordinal)))
            .OrderBy(s => s.SortDate).ThenBy(s => s.SourceId).ThenByDescending(s => s.Ordinal);

    /// <summary>
    /// One page of the filtered statements, in the chosen order, as ids with their cursors (keyset paging: read
    /// from the index onwards after <paramref name="after"/>, or back from <paramref name="before"/>; without
    /// either, <paramref name="skip"/> rows are skipped, for a page number with no cursor).
    /// </summary>
    /// <param name="firstLook">How many statements in the list's order are read first for a page of a narrowed list
    /// (<see cref="FromTheNextInOrderAsync"/>); 0 leaves the page to the database's planner alone. Either way the page is the same.</param>
    public async Task<IReadOnlyList<StatementKey>> PageAsync(DiplomacyDbContext db, ListCursor? after, ListCursor? before, int skip, int take, CancellationToken cancellationToken, int firstLook = FirstLook)
    {
        if (before is null && skip == 0 && IsNarrowed && firstLook > 0 && await FromTheNextInOrderAsync(db, after, take, firstLook, cancellationToken) is { } found)
        {
            return found;
        }

        IQueryable<Statement> page = before is not null ? ApplyReversedBefore(db, before)
            : after is not null ? ApplySortedAfter(db, after)
            : ApplySorted(db).Skip(skip);
        List<StatementKey> keys = await KeysAsync(page.Take(take), cancellationToken);
        if (before is not null)
        {
            keys.Reverse(); // read nearest first, shown in the chosen order
        }

        return keys;
    }

    /// <summary>How many statements in the list's order the first look for a page reads (<see cref="FromTheNextInOrderAsync"/>).</summary>
    public const int FirstLook = 4000;

    // The page from the next firstLook statements in the list's order (after the cursor, within the dates), or
    // null when fewer than a page of them pass. Filters that each keep many statements (a speaker's country, a
    // topic, the press, five years) keep few together, and the database's planner then reads every statement
    // one of them keeps and sorts them all (half a second at a million statements), where a few thousand
    // statements read along the order's index hold the page (a few milliseconds). A page found there is the
    // page: those statements come first in the order. A filter that keeps few statements finds less than a
    // page there, and is answered from its own index as before, at the cost of this look.
    private async Task<IReadOnlyList<StatementKey>?> FromTheNextInOrderAsync(DiplomacyDbContext db, ListCursor? after, int take, int firstLook, CancellationToken cancellationToken)
    {
        IQueryable<Statement> next = db.Statements.AsNoTracking();
        if (From is DateOnly from)
        {
            next = next.Where(s => s.SortDate >= from); // an undated statement sorts below every date, as it fails the filter
        }

        if (To is DateOnly to)
        {
            next = next.Where(s => s.SortDate <= to);
        }

        if (after is not null)
        {
            next = After(next, after);
        }

        List<StatementKey> keys = await KeysAsync(InOrder(Apply(db, InOrder(next).Take(firstLook))).Take(take), cancellationToken);
        return keys.Count == take ? keys : null;
    }

    private static async Task<List<StatementKey>> KeysAsync(IQueryable<Statement> page, CancellationToken cancellationToken) =>
        (await page.Select(s => new { s.Id, s.SortDate, s.SourceId, s.Ordinal }).ToListAsync(cancellationToken))
            .Select(k => new StatementKey(k.Id, new ListCursor(k.SortDate, k.SourceId, k.Ordinal)))
            .ToList();

    /// <summary>The filtered statements in the chosen order.</summary>
    public IQueryable<Statement> ApplySorted(DiplomacyDbContext db) => InOrder(Apply(db));
}

/// <summary>A statement of a page, and where in the list it stands.</summary>
public sealed record StatementKey(int Id, ListCursor Cursor);
