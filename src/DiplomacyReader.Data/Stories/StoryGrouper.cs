using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Stories;

/// <summary>
/// Groups a newly stored report with the reports of the same event already stored, as Google News and Ground
/// News group a story across outlets: two reports are one story when they print the same paragraphs or the
/// same quotes (<see cref="Fingerprint"/>) within a few days of each other. A report that prints most of
/// another's paragraphs is a copy of it: wire copy republished. Transcripts are not grouped: they are what
/// stories report, and <see cref="Importing.StoredLinker"/> ties them to their coverage.
/// </summary>
public sealed class StoryGrouper(DiplomacyDbContext db)
{
    /// <summary>Reports dated further apart than this are not one story, whatever they share.</summary>
    public const int MaxDaysApart = 3;

    /// <summary>Shared paragraphs and quotes (counted together) that make two dated reports one story.</summary>
    public const int SharedToGroup = 2;

    /// <summary>What an undated report must share with another: without dates, only more evidence tells a new story from a retold one.</summary>
    public const int SharedToGroupUndated = 3;

    /// <summary>The share of the shorter report's paragraphs the other must print for one to be a copy of the other.</summary>
    public const double CopyShare = 0.6;

    /// <summary>A stored report that shares fingerprints with the new one.</summary>
    private sealed record Match(int SourceId, DateOnly? Date, int? StoryId, int? CopyOfId, int Paragraphs, int SharedParagraphs, int SharedQuotes);

    /// <summary>Sets the story (and, for a copy, the original) of <paramref name="source"/>, saved already, and of the reports it joins; returns the story's id or null.</summary>
    public async Task<int?> GroupAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.Kind == SourceKind.Transcript)
        {
            return null;
        }

        long[] paragraphs = source.Passages.Where(p => p.Fingerprint is not null).Select(p => p.Fingerprint!.Value).Distinct().ToArray();
        long[] quotes = source.Statements.Where(s => s.QuoteFingerprint is not null).Select(s => s.QuoteFingerprint!.Value).Distinct().ToArray();
        if (paragraphs.Length + quotes.Length == 0)
        {
            return null;
        }

        List<Match> matches = (await MatchesAsync(source.Id, paragraphs, quotes, cancellationToken))
            .Where(m => IsSameStory(source.PublishedOn, m))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        int storyId = matches.Select(m => m.StoryId ?? m.SourceId).Append(source.Id).Min();
        int[] joined = matches.Select(m => m.StoryId ?? m.SourceId).Distinct().ToArray();
        int[] members = matches.Select(m => m.SourceId).ToArray();
        // Every report of every story the new one bridges moves to the one story.
        await db.Sources
            .Where(s => members.Contains(s.Id) || (s.StoryId != null && joined.Contains(s.StoryId.Value)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StoryId, storyId), cancellationToken);
        // The new source is tracked: the importer's next save writes these two.
        source.StoryId = storyId;
        source.CopyOfId = await CopyOfAsync(source, paragraphs.Length, matches, cancellationToken);
        return storyId;
    }

    private static bool IsSameStory(DateOnly? date, Match match)
    {
        int shared = match.SharedParagraphs + match.SharedQuotes;
        if (date is DateOnly a && match.Date is DateOnly b)
        {
            return Math.Abs(a.DayNumber - b.DayNumber) <= MaxDaysApart && shared >= SharedToGroup;
        }

        return shared >= SharedToGroupUndated;
    }

    // The report the new one copies, or, where a stored report copies the new one (the copy arrived first), that report is marked instead.
    private async Task<int?> CopyOfAsync(Source source, int paragraphs, IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        Match? copied = matches
            .Where(m => m.SharedParagraphs >= Math.Max(SharedToGroup, CopyShare * Math.Min(paragraphs, m.Paragraphs)))
            .OrderByDescending(m => m.SharedParagraphs)
            .FirstOrDefault();
        if (copied is null)
        {
            return null;
        }

        bool newIsOriginal = source.PublishedOn is DateOnly mine && copied.Date is DateOnly theirs && mine < theirs;
        if (!newIsOriginal)
        {
            return copied.CopyOfId ?? copied.SourceId;
        }

        await db.Sources.Where(s => s.Id == copied.SourceId && s.CopyOfId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CopyOfId, source.Id), cancellationToken);
        return null;
    }

    private async Task<List<Match>> MatchesAsync(int sourceId, long[] paragraphs, long[] quotes, CancellationToken cancellationToken)
    {
        var byParagraph = await db.Passages.AsNoTracking()
            .Where(p => p.Fingerprint != null && paragraphs.Contains(p.Fingerprint.Value) && p.SourceId != sourceId && p.Source.Kind != SourceKind.Transcript)
            .GroupBy(p => p.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(p => p.Fingerprint).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var byQuote = await db.Statements.AsNoTracking()
            .Where(s => s.QuoteFingerprint != null && quotes.Contains(s.QuoteFingerprint.Value) && s.SourceId != sourceId && s.Source.Kind != SourceKind.Transcript)
            .GroupBy(s => s.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(s => s.QuoteFingerprint).Distinct().Count() })
            .ToListAsync(cancellationToken);
        int[] ids = byParagraph.Select(m => m.SourceId).Union(byQuote.Select(m => m.SourceId)).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var sources = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.PublishedOn, s.StoryId, s.CopyOfId, Paragraphs = s.Passages.Count(p => p.Fingerprint != null) })
            .ToListAsync(cancellationToken);
        return sources.Select(s => new Match(
                s.Id, s.PublishedOn, s.StoryId, s.CopyOfId, s.Paragraphs,
                byParagraph.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0,
                byQuote.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0))
            .ToList();
    }
}
