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
    /// Sets and writes the story (and, for a copy, the original) of <paramref name="source"/>, saved with its
    /// links already, and of the reports it joins; returns the story's id or null. A transcript joins the reports
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
        List<Match> matches = await MatchesAsync(source.Id, source.PublishedOn, paragraphs, quotes, cancellationToken);
        if (matches.Count == 0)
        {
            return null;
        }

        int storyId = matches.Select(m => m.StoryId ?? m.SourceId).Append(source.Id).Min();
        await MergeAsync(storyId, matches.Select(m => (m.SourceId, m.StoryId)), cancellationToken);
        int? copyOf = await CopyOfAsync(source, paragraphs.Length, matches, cancellationToken);
        (source.StoryId, source.CopyOfId) = (storyId, copyOf);
        await db.Sources.Where(s => s.Id == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StoryId, storyId).SetProperty(s => s.CopyOfId, copyOf), cancellationToken);
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
        await MergeAsync(storyId, close.Select(r => (r.SourceId, r.StoryId)), cancellationToken);
        return storyId;
    }

    // The reports, and every report of the stories they belonged to, move to one story: a report that bridges
    // two stories makes them one. Reports already in it are not written again: a continuing story of
    // thousands of reports costs its new report one row, not the thousands.
    private async Task MergeAsync(int storyId, IEnumerable<(int SourceId, int? StoryId)> reports, CancellationToken cancellationToken)
    {
        (int SourceId, int? StoryId)[] moving = reports.Where(r => r.StoryId != storyId).ToArray();
        if (moving.Length == 0)
        {
            return;
        }

        int[] members = moving.Select(r => r.SourceId).Distinct().ToArray();
        int[] joined = moving.Where(r => r.StoryId is not null).Select(r => r.StoryId!.Value).Distinct().ToArray();
        await db.Sources
            .Where(s => members.Contains(s.Id) || (s.StoryId != null && joined.Contains(s.StoryId.Value)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StoryId, storyId), cancellationToken);
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

    // The stored reports that share something with the new one and are dated near it (or undated): the date
    // window is applied in the query, so a quote printed in a thousand reports over the years costs the few
    // reports of this week, not the thousand.
    private async Task<List<Match>> MatchesAsync(int sourceId, DateOnly? date, long[] paragraphs, long[] quotes, CancellationToken cancellationToken)
    {
        DateOnly undated = DateOnly.MinValue, from = undated, to = DateOnly.MaxValue;
        if (date is DateOnly day)
        {
            from = day.AddDays(-MaxDaysApart);
            to = day.AddDays(MaxDaysApart);
        }

        var byParagraph = await db.Passages.AsNoTracking()
            .Where(p => p.Fingerprint != null && paragraphs.Contains(p.Fingerprint.Value) && p.SourceId != sourceId)
            .GroupBy(p => p.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(p => p.Fingerprint).Distinct().Count() })
            .ToListAsync(cancellationToken);
        // Two ranges of the (fingerprint, date) index: the week around the new report, and the undated reports.
        var byQuote = await QuotesSharedAsync(sourceId, quotes, from, to, cancellationToken);
        if (date is not null)
        {
            byQuote.AddRange(await QuotesSharedAsync(sourceId, quotes, undated, undated, cancellationToken));
        }

        // Other reports whose statements were linked to a transcript this one's statements were linked to.
        List<int> transcripts = await db.Links.AsNoTracking().Where(l => l.Statement.SourceId == sourceId)
            .Select(l => l.TargetPassage.SourceId).Distinct().ToListAsync(cancellationToken);
        var byTranscript = transcripts.Count == 0 ? [] : await db.Links.AsNoTracking()
            .Where(l => transcripts.Contains(l.TargetPassage.SourceId) && l.Statement.SourceId != sourceId
                && (l.Statement.SortDate == undated || (l.Statement.SortDate >= from && l.Statement.SortDate <= to)))
            .GroupBy(l => l.Statement.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(l => l.TargetPassage.SourceId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        int[] ids = byParagraph.Select(m => m.SourceId).Union(byQuote.Select(m => m.SourceId)).Union(byTranscript.Select(m => m.SourceId)).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        // Transcripts are what stories report, not reports themselves; their kind is read here, for the few candidates, not joined into the counts above.
        var candidates = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Kind != SourceKind.Transcript)
            .Select(s => new { s.Id, s.PublishedOn, s.StoryId, s.CopyOfId })
            .ToListAsync(cancellationToken);
        List<Match> matches = candidates.Select(s => new Match(
                s.Id, s.PublishedOn, s.StoryId, s.CopyOfId, Paragraphs: 0,
                byParagraph.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0,
                byQuote.Where(m => m.SourceId == s.Id).Sum(m => m.Shared),
                byTranscript.FirstOrDefault(m => m.SourceId == s.Id)?.Shared ?? 0))
            .Where(m => IsSameStory(date, m))
            .ToList();
        if (matches.Count == 0)
        {
            return matches;
        }

        // Their paragraph counts, which tell a copy, only for the reports that are the same story.
        int[] same = matches.Select(m => m.SourceId).ToArray();
        Dictionary<int, int> counted = await db.Passages.AsNoTracking().Where(p => same.Contains(p.SourceId) && p.Fingerprint != null)
            .GroupBy(p => p.SourceId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return matches.Select(m => m with { Paragraphs = counted.GetValueOrDefault(m.SourceId) }).ToList();
    }

    // Per stored report dated from..to, how many of these quote fingerprints it prints.
    private async Task<List<(int SourceId, int Shared)>> QuotesSharedAsync(int sourceId, long[] quotes, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.Statements.AsNoTracking()
            .Where(s => s.QuoteFingerprint != null && quotes.Contains(s.QuoteFingerprint.Value) && s.SortDate >= from && s.SortDate <= to && s.SourceId != sourceId)
            .GroupBy(s => s.SourceId)
            .Select(g => new { SourceId = g.Key, Shared = g.Select(s => s.QuoteFingerprint).Distinct().Count() })
            .ToListAsync(cancellationToken))
        .Select(m => (m.SourceId, m.Shared)).ToList();
}
