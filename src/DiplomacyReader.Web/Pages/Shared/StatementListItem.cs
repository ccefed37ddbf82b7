using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queries;
using Microsoft.EntityFrameworkCore;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>A statement as lists show it: the words, who said them, where, and what they are about.</summary>
public sealed record StatementListItem(
    int Id,
    string Key,
    StatementKind Kind,
    string Text,
    string? Quote,
    string? Cue,
    string? SpeakerName,
    string? SpeakerSlug,
    string? SpeakerRole,
    string SourceSlug,
    string SourceTitle,
    SourceKind SourceKind,
    string? Publisher,
    string? Url,
    DateOnly? Date,
    int PassageIndex,
    IReadOnlyList<NamedTag> Countries,
    IReadOnlyList<NamedTag> Topics,
    IReadOnlyList<FlagKind> SourceFlags,
    string? CitedPublisher);

/// <summary>A country or topic as a tag shows it: its name, and the code or slug its page is found by.</summary>
public sealed record NamedTag(string Key, string Name);

public static class StatementListItemQueries
{
    /// <summary>Projects statements to list items in one query (no tracking, only the columns shown).</summary>
    public static IQueryable<StatementListItem> ToListItems(this IQueryable<Statement> statements) =>
        statements.Select(s => new StatementListItem(
            s.Id,
            s.Key,
            s.Kind,
            s.Text,
            s.Quote,
            s.Cue,
            s.Speaker != null ? s.Speaker.Name : null,
            s.Speaker != null ? s.Speaker.Slug : null,
            s.SpeakerRole,
            s.Source.Slug,
            s.Source.Title ?? s.Source.FileName,
            s.Source.Kind,
            s.Source.Publisher,
            s.Source.Url,
            s.Source.PublishedOn,
            s.Passage.Index,
            s.Countries.OrderBy(c => c.Name).Select(c => new NamedTag(c.Code, c.Name)).ToList(),
            s.Topics.OrderBy(t => t.Name).Select(t => new NamedTag(t.Slug, t.Name)).ToList(),
            s.Source.Flags.Select(f => f.Kind).ToList(),
            s.Source.CitedPublisher));

    /// <summary>
    /// One page of list items in the order of <paramref name="sorted"/>. The page's ids are found first (an
    /// index-ordered scan), then only those statements are projected with their countries and topics: projecting
    /// collections under an ORDER BY over the whole filtered set is what makes a naive page slow.
    /// </summary>
    public static async Task<IReadOnlyList<StatementListItem>> PageAsync(this IQueryable<Statement> sorted, DiplomacyDbContext db, int skip, int take, CancellationToken cancellationToken)
    {
        int[] ids = await sorted.Skip(skip).Take(take).Select(s => s.Id).ToArrayAsync(cancellationToken);
        return await ItemsAsync(db, ids, cancellationToken);
    }

    /// <summary>The list items of <paramref name="ids"/>, in that order.</summary>
    public static async Task<IReadOnlyList<StatementListItem>> ItemsAsync(DiplomacyDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        List<StatementListItem> items = await db.Statements.AsNoTracking()
            .Where(s => EF.Parameter(ids).Contains(s.Id))
            .AsSplitQuery()
            .ToListItems()
            .ToListAsync(cancellationToken);
        return items.OrderedAs(ids, i => i.Id);
    }
}
