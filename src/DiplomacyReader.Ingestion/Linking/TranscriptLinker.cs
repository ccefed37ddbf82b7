using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Ties press statements to the transcript passage they report. The event first (same speaker, dates within
/// a week), then the words: verbatim when the quoted words stand in the passage, close or paraphrase by how
/// much of the reported wording the passage contains.
/// </summary>
public sealed class TranscriptLinker
{
    /// <summary>Press reports come out up to this many days after the speech.</summary>
    private const int EventWindowDays = 7;

    /// <summary>Quotes shorter than this are too common to call verbatim on their own.</summary>
    private const int VerbatimMinWords = 2;

    /// <summary>Least similarity for a "close" rendering.</summary>
    public const double CloseThreshold = 0.5;

    /// <summary>Least similarity for a "paraphrase"; below it nothing in the passage renders the statement.</summary>
    public const double ParaphraseThreshold = 0.3;

    /// <summary>Links among whole documents, as the CLI's extract command sees them.</summary>
    public LinkResult Link(IReadOnlyList<SourceDocument> documents)
    {
        TranscriptView[] transcripts = documents.Where(d => d.Kind == SourceKind.Transcript).Select(ToView).ToArray();
        ReportedStatement[] statements = documents
            .Where(d => d.Kind != SourceKind.Transcript)
            .SelectMany(d => d.Statements.Select(s => new ReportedStatement(d.FileName, s.Id, s.Speaker?.KnowledgeBaseKey, s.Speaker?.Name, d.Date, s.Kind, s.Text, s.Quote)))
            .ToArray();
        return Link(statements, transcripts);
    }

    /// <summary>
    /// Links <paramref name="statements"/> to the best passage of a transcript of the same event, and lists the
    /// quotes that such a transcript does not contain at all.
    /// </summary>
    public LinkResult Link(IReadOnlyList<ReportedStatement> statements, IReadOnlyList<TranscriptView> transcripts)
    {
        var links = new List<Link>();
        var missing = new List<QuoteNotFound>();
        foreach (ReportedStatement statement in statements)
        {
            Link? best = null;
            double bestContext = -1;
            TranscriptView[] sameEvent = transcripts.Where(t => SameEvent(statement, t)).ToArray();
            foreach (TranscriptView transcript in sameEvent)
            {
                foreach (TranscriptPassage passage in transcript.Passages)
                {
                    (Fidelity Fidelity, double Score)? match = Compare(statement, passage.Text);
                    if (match is null)
                    {
                        continue;
                    }

                    // Ties (a phrase the speech repeats) go to the passage closest to the whole sentence.
                    double context = TextSimilarity.Containment(statement.Text, passage.Text);
                    if (best is null || match.Value.Score > best.Score || (match.Value.Score == best.Score && context > bestContext))
                    {
                        best = new Link(statement.StatementId, statement.File, transcript.File, passage.Index, match.Value.Fidelity, match.Value.Score);
                        bestContext = context;
                    }
                }
            }

            if (best is not null)
            {
                links.Add(best);
            }
            else if (statement.Quote is not null && sameEvent.Length > 0)
            {
                missing.Add(new QuoteNotFound(statement, sameEvent[0], sameEvent[0].Title ?? sameEvent[0].File));
            }
        }

        return new LinkResult(links, missing);
    }

    /// <summary>The fidelity and score of a statement against one passage, or null when they do not match.</summary>
    public static (Fidelity Fidelity, double Score)? Compare(ReportedStatement statement, string passage)
    {
        if (statement.Quote is string quote && quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= VerbatimMinWords
            && TextSimilarity.IsVerbatim(quote, passage))
        {
            return (Fidelity.Verbatim, 1.0);
        }

        // Shingles catch reordering; the local alignment catches a rendering that follows the speech word by word.
        string reported = statement.Quote ?? statement.Text;
        double shingles = TextSimilarity.Containment(reported, passage);
        double aligned = WordAlignment.Align(reported, passage)?.Score ?? 0;
        double score = Math.Round(Math.Max(shingles, aligned), 3);
        return score switch
        {
            >= CloseThreshold => (Fidelity.Close, score),
            >= ParaphraseThreshold => (Fidelity.Paraphrase, score),
            _ => null,
        };
    }
    private static bool SameEvent(ReportedStatement statement, TranscriptView transcript)
    {
        bool sameSpeaker = statement.SpeakerKey is not null && transcript.SpeakerKey is not null
            ? statement.SpeakerKey == transcript.SpeakerKey
            : statement.SpeakerName is not null && string.Equals(statement.SpeakerName, transcript.SpeakerName, StringComparison.OrdinalIgnoreCase);
        if (!sameSpeaker)
        {
            return false;
        }

        // Without both dates the event cannot be told apart from another speech of the same speaker.
        if (statement.Date is not DateOnly reported || transcript.Date is not DateOnly spoken)
        {
            return false;
        }

        int days = reported.DayNumber - spoken.DayNumber;
        return days >= -1 && days <= EventWindowDays;
    }

    /// <summary>The linker's view of a transcript document.</summary>
    public static TranscriptView ToView(SourceDocument transcript) => new(
        transcript.FileName,
        transcript.TranscriptSpeaker?.KnowledgeBaseKey,
        transcript.TranscriptSpeaker?.Name,
        transcript.Date,
        transcript.Passages.Where(p => Statements.PressStatementExtractor.CarriesStatements(p.Kind)).Select(p => new TranscriptPassage(p.Index, p.Text)).ToArray(),
        transcript.Title is null ? null : $"“{transcript.Title}”");
}
