using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Segmenting;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// In an official transcript every sentence the speaker speaks is a statement; headings, date lines,
/// navigation and reporters' questions are not. A turn's "Minister Iwaya:" label is not part of its sentences.
/// </summary>
internal static class TranscriptStatementExtractor
{
    /// <summary>One official candidate per sentence of the transcript's spoken passages.</summary>
    public static IReadOnlyList<StatementCandidate> Extract(IReadOnlyList<PassageRecord> passages) =>
        passages
            .Where(p => PressStatementExtractor.CarriesStatements(p.Kind))
            .SelectMany(Sentences)
            .ToArray();

    private static IEnumerable<StatementCandidate> Sentences(PassageRecord passage)
    {
        int bodyStart = SpeakerLabel.Parse(passage.Text) is (_, int start) ? start : 0;
        return SentenceSplitter.Split(passage.Text[bodyStart..]).Select(s =>
            new StatementCandidate(passage.Index, new TextSpan(s.Start + bodyStart, s.End + bodyStart), StatementKind.Official, null, null, SpeakerSource.Transcript, null));
    }
}
