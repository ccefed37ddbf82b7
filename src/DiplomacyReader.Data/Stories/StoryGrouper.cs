using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Stories;

/// <summary>
/// Groups a newly stored report with the reports of the same event already stored, as Google News and Ground
/// News group a story across outlets: two reports are one story when they print the same paragraphs or the
/// same quotes (<see cref="Fingerprint"/>) within a few days of each other. A report that prints most of
/// another's paragraphs is a copy of it: wire copy republished. Reports whose statements
/// <see cref="Importing.StoredLinker"/> linked to the same transcript report the same event too, in whatever
/// translation they quote it. Transcripts are not grouped themselves: they are what stories report.
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
    private sealed record Match(int SourceId, DateOnly? Date, int? StoryId, int? CopyOfId, int Paragraphs, int SharedParagraphs, int SharedQuotes, int SharedTranscripts);

    /// <summary>
    /// Sets the story (and, for a copy, the original) of <paramref name="source"/>, saved with its links
    /// already, and of the reports it joins; returns the story's id or null. A transcript joins the reports
    /// it was just linked to into one story of their own.
    /// </summary>
    public async Task<int?> GroupAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.Kind == SourceKind.Transcript)
        {
            return await GroupCoverageAsync(source.Id, cancellationToken);
        }

        long[] paragraphs = source.Passages.Where(p => p.Fingerprint is not null).Select(p => p.Fingerprint!.Value).Distinct().ToArray();
        long[] quotes = source.Statements.Where(s => s.QuoteFingerprint is not null).Select(s => s.QuoteFingerprint!.Value).Distinct().ToArray();
        List<Match> matches = (await MatchesAsync(source.Id, paragraphs, quotes, cancellationToken))
            .Where(m => IsSameStory(source.PublishedOn, m))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        int storyId = matches.Select(m => m.StoryId ?? m.SourceId).Append(source.Id).Min();
        await MergeAsync(storyId, matches.Select(m => m.SourceId).ToArray(), matches.Select(m => m.StoryId ?? m.SourceId).Distinct().ToArray(), cancellationToken);
        // The new source is tracked: the importer's next save writes these two.
        source.StoryId = storyId;
        source.CopyOfId = await CopyOfAsync(source, paragraphs.Length, matches, cancellationToken);
        return storyId;
    }

    // The same paragraphs or quotes, or the same transcript reported (the linker has weighed its dates and words already).
    private static bool IsSameStory(DateOnly? date, Match match)
    {
        int shared = match.SharedParagraphs + match.SharedQuotes;
        if (date is DateOnly a && match.Date is DateOnly b)
        {
            return Math.Abs(a.DayNumber - b.DayNumber) <= MaxDaysApart && (shared >= SharedToGroup || match.SharedTranscripts > 0);
        }

        return shared >= SharedToGroupUndated || match.SharedTranscripts > 0;
    }

    // A transcript's coverage, stored before it: the reports within a few days of the speech become one story.
    private async Task<int?> GroupCoverageAsync(int transcriptId, CancellationToken cancellationToken)
    {
        DateOnly? spoken = await db.Sources.Where(s => s.Id == transcriptId).Select(s => s.PublishedOn).SingleAsync(cancellationToken);
        var reports = await db.Links.AsNoTracking().Where(l => l.TargetPassage.SourceId == transcriptId)
            .Select(l => new { l.Statement.SourceId, l.Statement.Source.PublishedOn, l.Statement.Source.StoryId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var close = reports.Where(r => spoken is not DateOnly s || r.PublishedOn is not DateOnly d || Math.Abs(d.DayNumber - s.DayNumber) <= MaxDaysApart).ToList();
        if (close.Count < 2)
        {
            return null;
        }

        int storyId = close.Select(r => r.StoryId ?? r.SourceId).Min();
        await MergeAsync(storyId, close.Select(r => r.SourceId).ToArray(), close.Where(r => r.StoryId is not null).Select(r => r.StoryId!.Value).Distinct().ToArray(), cancellationToken);
        return storyId;
    }

    // The reports, and every report of the stories they belonged to, move to one story: a report that bridges two stories makes them one.
    private Task MergeAsync(int storyId, int[] members, int[] joined, CancellationToken cancellationToken) =>
        db.Sources
            .Where(s => members.Contains(s.Id) || (s.StoryId != null && joined.Contains(s.StoryId.Value)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StoryId, storyId), cancellationToken);

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
        // Empty arrays still run: the transcript evidence below needs neither.
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
        // Other reports whose statements were linked to a transcript this one's statements were linked to.
        var byTranscript = await db.Links.AsNoTracking()
            .Where(l => l.Statement.SourceId != sourceId && l.Statement.Source.Kind != SourceKind.Transcript
                && db.Links.Any(mine => mine.Statement.SourceId == sourceId && mine.TargetPassage.SourceId == l.TargetPassage.SourceId))
            .GroupBy(l => l.Statement.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(l => l.TargetPassage.SourceId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        int[] ids = byParagraph.Select(m => m.SourceId).Union(byQuote.Select(m => m.SourceId)).Union(byTranscript.Select(m => m.SourceId)).ToArray();
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
                byQuote.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0,
                byTranscript.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0))
            .ToList();
    }
}
