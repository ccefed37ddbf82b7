using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Stories;

/// <summary>A report of a story as the source page lists it, with whether it copies, or is copied by, the source shown.</summary>
public sealed record StoryReport(int Id, string Slug, string Title, string? Publisher, DateOnly? Date, Ingestion.Model.SourceKind Kind, bool IsCopyOfShown, bool IsCopiedByShown);

/// <summary>The other reports of the story a source belongs to (<see cref="StoryGrouper"/>), oldest first.</summary>
public static class StoryReports
{
    /// <summary>Reports listed at most; the sources list filtered by the story holds them all.</summary>
    public const int Max = 50;

    public static async Task<IReadOnlyList<StoryReport>> OfAsync(DiplomacyDbContext db, int sourceId, CancellationToken cancellationToken)
    {
        var shown = await db.Sources.AsNoTracking().Where(s => s.Id == sourceId).Select(s => new { s.StoryId, s.CopyOfId }).SingleOrDefaultAsync(cancellationToken);
        if (shown?.StoryId is not int storyId)
        {
            return [];
        }

        return await db.Sources.AsNoTracking()
            .Where(s => s.StoryId == storyId && s.Id != sourceId)
            .OrderBy(s => s.SortDate).ThenBy(s => s.Id)
            .Take(Max)
            .Select(s => new StoryReport(s.Id, s.Slug, s.Title ?? s.FileName, s.Publisher ?? s.CitedPublisher, s.PublishedOn, s.Kind, s.Id == shown.CopyOfId, s.CopyOfId == sourceId))
            .ToListAsync(cancellationToken);
    }
}
