using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Japanese;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>
/// The other-language version of a stored transcript (a Japanese record and its official English version,
/// <see cref="TranslationPairs"/>'s rule: the same speaker on the same day, or the clearly best-aligned
/// candidate a day either side or when a date is missing) with their passages aligned (<see cref="TranslationAligner"/>).
/// </summary>
public sealed record TranslationPartner(int SourceId, string Slug, string Title, bool IsJapanese, IReadOnlyDictionary<int, IReadOnlyList<int>> PartnerPassagesOf, IReadOnlyDictionary<int, string> PartnerText)
{
    /// <summary>Candidates looked at at most: a speaker's transcripts within a day either side, or undated ones.</summary>
    private const int MaxCandidates = 20;

    public static async Task<TranslationPartner?> FindAsync(DiplomacyDbContext db, KnowledgeIndex knowledge, int transcriptId, CancellationToken cancellationToken)
    {
        var self = await db.Sources.AsNoTracking().Where(s => s.Id == transcriptId)
            .Select(s => new { s.Id, s.Language, s.PublishedOn, s.TranscriptSpeakerId }).SingleAsync(cancellationToken);
        bool japanese = JapaneseText.IsJapaneseTag(self.Language);
        var candidates = await db.Sources.AsNoTracking()
            .Where(s => s.Id != self.Id && s.Kind == SourceKind.Transcript
                && (self.TranscriptSpeakerId == null || s.TranscriptSpeakerId == null || s.TranscriptSpeakerId == self.TranscriptSpeakerId)
                && (self.PublishedOn == null || s.PublishedOn == null
                    || (s.PublishedOn >= self.PublishedOn.Value.AddDays(-TranslationPairs.MaxDaysApart) && s.PublishedOn <= self.PublishedOn.Value.AddDays(TranslationPairs.MaxDaysApart))))
            .OrderBy(s => s.Id).Take(MaxCandidates)
            .Select(s => new { s.Id, s.Slug, Title = s.Title ?? s.FileName, s.Language, s.PublishedOn, SpeakerId = s.TranscriptSpeakerId })
            .ToListAsync(cancellationToken);
        // Only the language column is read, not the texts: this runs on every view of a transcript.
        candidates = candidates.Where(c => JapaneseText.IsJapaneseTag(c.Language) != japanese).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        IReadOnlyList<PassageRecord> mine = await PassagesAsync(db, self.Id, cancellationToken);
        var best = new List<(int Id, string Slug, string Title, IReadOnlyList<PassageRecord> Passages, IReadOnlyList<PassageTranslation> Aligned, double Score)>();
        foreach (var candidate in candidates)
        {
            IReadOnlyList<PassageRecord> theirs = await PassagesAsync(db, candidate.Id, cancellationToken);
            IReadOnlyList<PassageTranslation> aligned = japanese ? TranslationAligner.Align(theirs, mine, knowledge) : TranslationAligner.Align(mine, theirs, knowledge);
            double score = TranslationPairs.MeanScore(aligned);
            bool sameDay = self.PublishedOn is not null && candidate.PublishedOn == self.PublishedOn && self.TranscriptSpeakerId is not null && candidate.SpeakerId == self.TranscriptSpeakerId;
            best.Add((candidate.Id, candidate.Slug, candidate.Title, theirs, aligned, sameDay ? score + 1 : score));
        }

        best = best.OrderByDescending(b => b.Score).ToList();
        // The same speaker on the same day makes a pair (a score above 1); otherwise only a clear alignment does.
        if (!TranslationPairs.IsClearBest(best.Select(b => b.Score).ToList()))
        {
            return null; // no clear partner: better none than the wrong one
        }

        var (id, slug, title, passages, pairs, _) = best[0];
        Dictionary<int, IReadOnlyList<int>> partnerOf = pairs
            .GroupBy(t => japanese ? t.JapanesePassage : t.EnglishPassage)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(t => japanese ? t.EnglishPassage : t.JapanesePassage).Distinct().ToArray());
        return new TranslationPartner(id, slug, title, !japanese, partnerOf, passages.ToDictionary(p => p.Index, p => p.Text));
    }

    private static async Task<IReadOnlyList<PassageRecord>> PassagesAsync(DiplomacyDbContext db, int sourceId, CancellationToken cancellationToken) =>
        (await db.Passages.AsNoTracking().Where(p => p.SourceId == sourceId).OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Kind, p.Section, p.Start, p.End, p.Text }).ToListAsync(cancellationToken))
        .Select(p => new PassageRecord(p.Index, p.Kind, p.Section, new TextSpan(p.Start, p.End), p.Text)).ToArray();
}
