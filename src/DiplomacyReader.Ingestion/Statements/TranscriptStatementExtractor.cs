using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// In an official transcript every sentence the speaker speaks is a statement; headings, date lines and
/// navigation are not, and neither are reporters' questions.
/// </summary>
public static class TranscriptStatementExtractor
{
    /// <summary>One official candidate per sentence of the transcript's spoken passages.</summary>
    public static IReadOnlyList<StatementCandidate> Extract(IReadOnlyList<Passage> passages) =>
        passages
            .Where(p => PressStatementExtractor.CarriesStatements(p.Kind))
            .SelectMany(p => SentenceSplitter.Split(p.Text).Select(s =>
                new StatementCandidate(p.Index, s, StatementKind.Official, null, null, SpeakerSource.Transcript, null)))
            .ToArray();
}
