using DiplomacyReader.Ingestion.Japanese;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Which Japanese transcript an English one is the official version of: the same speaker (by the knowledge
/// base's key) on the same day. Where none is, or a date or the speaker is missing, the candidates are the
/// Japanese transcripts that could be it (the speaker's a day either side, as a mirror dates its copy by the
/// day it posted it, or undated ones), and the one whose passages align best with the English
/// (<see cref="TranslationAligner"/>) is taken, only if it aligns clearly better than the next.
/// </summary>
public static class TranslationPairs
{
    /// <summary>How much better, in mean alignment score, the best candidate must align than the next to be taken.</summary>
    public const double Margin = 0.1;

    /// <summary>The mean alignment score a lone candidate needs when neither speaker nor day confirms the pair.</summary>
    public const double MinScore = 0.5;

    /// <summary>How many days apart the two versions' dates may be when no version of the same day is stored.</summary>
    public const int MaxDaysApart = 1;

    /// <summary>Whether two transcripts' dates allow them to be versions of one event: either undated, or at most <see cref="MaxDaysApart"/> apart.</summary>
    public static bool CloseInDate(DateOnly? a, DateOnly? b) =>
        a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= MaxDaysApart;

    /// <summary>Pairs of indexes into <paramref name="documents"/>: an English version and its Japanese original.</summary>
    public static IReadOnlyList<(int English, int Japanese)> Find(IReadOnlyList<SourceDocument> documents, Knowledge.KnowledgeIndex knowledge)
    {
        var japanese = documents.Select((d, i) => (Document: d, Index: i))
            .Where(d => d.Document.Kind == SourceKind.Transcript && d.Document.TranscriptSpeaker?.KnowledgeBaseKey is not null && JapaneseText.IsJapaneseTag(d.Document.Language))
            .ToList();
        var pairs = new List<(int, int)>();
        for (int i = 0; i < documents.Count; i++)
        {
            SourceDocument english = documents[i];
            if (english.Kind != SourceKind.Transcript || JapaneseText.IsJapaneseTag(english.Language))
            {
                continue;
            }

            string? speaker = english.TranscriptSpeaker?.KnowledgeBaseKey;
            var same = japanese.Where(j => speaker is null || j.Document.TranscriptSpeaker!.KnowledgeBaseKey == speaker).ToList();
            var sameDay = same.Where(j => english.Date is not null && j.Document.Date == english.Date).ToList();
            var candidates = sameDay.Count > 0 ? sameDay : same.Where(j => CloseInDate(j.Document.Date, english.Date)).ToList();
            if (candidates.Count == 1 && speaker is not null)
            {
                pairs.Add((i, candidates[0].Index));
                continue;
            }

            var ranked = candidates
                .Select(c => (c.Index, Score: MeanScore(TranslationAligner.Align(english.Passages, c.Document.Passages, knowledge))))
                .OrderByDescending(c => c.Score)
                .ToList();
            if (IsClearBest(ranked.Select(r => r.Score).ToList()))
            {
                pairs.Add((i, ranked[0].Index));
            }
        }

        return pairs;
    }

    /// <summary>Whether the first of <paramref name="scores"/> (best first) is a pair: good enough alone, or clearly better than the next.</summary>
    public static bool IsClearBest(IReadOnlyList<double> scores) =>
        scores.Count > 0 && scores[0] > 0 && (scores.Count == 1 ? scores[0] >= MinScore : scores[0] - scores[1] >= Margin);

    /// <summary>How well two transcripts' passages align on the whole: each English passage's best score, averaged.</summary>
    public static double MeanScore(IReadOnlyList<PassageTranslation> aligned) =>
        aligned.Count == 0 ? 0 : aligned.GroupBy(t => t.EnglishPassage).Average(g => g.Max(t => t.Fit));
}
