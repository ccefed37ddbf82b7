using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Ties press statements to the transcript passage they report. The event first (same speaker, dates within
/// a week), then the words: verbatim when the quoted words stand in the passage, close or paraphrase by how
/// much of the reported wording the passage contains.
/// </summary>
public sealed partial class TranscriptLinker
{
    /// <summary>Press reports come out up to this many days after the speech.</summary>
    private const int EventWindowDays = 7;

    /// <summary>Commentary and rewrites recall a speech for weeks; past the event window only a close rendering links.</summary>
    private const int RecallWindowDays = 60;

    /// <summary>Quotes shorter than this are too common to call verbatim on their own.</summary>
    private const int VerbatimMinWords = 2;

    /// <summary>Least similarity for a "close" rendering.</summary>
    public const double CloseThreshold = 0.5;

    /// <summary>Least similarity for a Japanese quote to render a Japanese passage (compared character by character).</summary>
    public const double CjkCloseThreshold = 0.75;

    /// <summary>Japanese quotes shorter than this many characters (a slogan, a name) link to nothing on their wording.</summary>
    public const int CjkMinCharacters = 10;

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
        // How each transcript fits each statement's event, worked out once: every pass below reads it.
        EventFit[][] fits = statements.Select(s => transcripts.Select(t => Fit(s, t)).ToArray()).ToArray();
        // Each statement's best passage is its own affair: on all cores, each result in its own slot, so the
        // outcome is the same as one after another (a transcript gathering its reports meets thousands).
        var linked = new LinkRecord?[statements.Count];
        ComparedWords[][] passages = transcripts.Select(t => t.Passages.Select(p => ComparedWords.Of(p.Text)).ToArray()).ToArray();
        Parallel.For(0, statements.Count, i => linked[i] = BestLink(statements[i], transcripts, passages, fits[i]));

        // A report whose other quotes already tie it to a transcript is about that event, dated or not: its
        // remaining statements are compared with that transcript as with one of the same week.
        Dictionary<string, HashSet<string>> established = linked.OfType<LinkRecord>().GroupBy(l => l.SourceFile)
            .ToDictionary(g => g.Key, g => g.Select(l => l.TargetFile).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        for (int i = 0; i < statements.Count; i++)
        {
            if (linked[i] is null && established.TryGetValue(statements[i].File, out HashSet<string>? events))
            {
                EventFit[] asSameEvent = fits[i].Select((fit, t) => events.Contains(transcripts[t].File) && fit != EventFit.None ? EventFit.SameEvent : EventFit.None).ToArray();
                linked[i] = BestLink(statements[i], transcripts, passages, asSameEvent);
            }
        }

        var links = new List<LinkRecord>();
        var missing = new List<QuoteNotFound>();
        for (int i = 0; i < statements.Count; i++)
        {
            int sameEvent = Array.IndexOf(fits[i], EventFit.SameEvent);
            if (linked[i] is { } link)
            {
                links.Add(link);
            }
            else if (statements[i].Quote is not null && sameEvent >= 0)
            {
                missing.Add(new QuoteNotFound(statements[i], transcripts[sameEvent], transcripts[sameEvent].Title ?? transcripts[sameEvent].File));
            }
        }

        return new LinkResult(links, missing);
    }

    // The statement's best passage among the transcripts, each judged by how well it fits the event (fits[t] for
    // transcripts[t]; passages[t] their passages' words).
    private static LinkRecord? BestLink(ReportedStatement statement, IReadOnlyList<TranscriptView> transcripts, ComparedWords[][] passages, EventFit[] fits)
    {
        var reported = new ReportedWords(statement);
        LinkRecord? best = null;
        double bestContext = -1;
        // Counted only when a transcript weeks before asks: a transcript gathering its reports meets thousands of statements.
        bool? distinctive = null;
        for (int t = 0; t < transcripts.Count; t++)
        {
            TranscriptView transcript = transcripts[t];
            EventFit fit = fits[t];
            // Weeks after the speech, only a distinctive stretch links: ministers repeat their stock phrases
            // ("constructive and stable") speech after speech.
            if (fit == EventFit.None || (fit == EventFit.Later && !(distinctive ??= ContentWords(statement) >= DistinctiveWords)))
            {
                continue;
            }

            // Without the event's date to go by, or weeks after it, only a close rendering is evidence enough.
            double least = fit == EventFit.SameEvent ? ParaphraseThreshold : CloseThreshold;
            for (int p = 0; p < transcript.Passages.Count; p++)
            {
                TranscriptPassage passage = transcript.Passages[p];
                if (!SpokenBy(passage, transcript, statement))
                {
                    continue;
                }

                (Fidelity Fidelity, double Score)? match = Compare(reported, passages[t][p], least);
                if (match is null || match.Value.Score < least)
                {
                    continue;
                }

                // Ties (a phrase the speech repeats) go to the passage closest to the whole sentence.
                double context = TextSimilarity.Containment(reported.Text, passages[t][p]);
                if (best is null || match.Value.Score > best.Score || (match.Value.Score == best.Score && context > bestContext))
                {
                    best = new LinkRecord(statement.StatementId, statement.File, transcript.File, passage.Index, match.Value.Fidelity, match.Value.Score);
                    bestContext = context;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The fidelity and score of a statement against one passage, or null when they do not match. A score below
    /// <paramref name="least"/> (what the caller can use) may be given as 0: it is not worked out exactly.
    /// </summary>
    public static (Fidelity Fidelity, double Score)? Compare(ReportedStatement statement, string passage, double least = ParaphraseThreshold) =>
        Compare(new ReportedWords(statement), ComparedWords.Of(passage), least);

    private static (Fidelity Fidelity, double Score)? Compare(ReportedWords statement, ComparedWords passage, double least)
    {
        if (statement.IsVerbatimEvidence && TextSimilarity.IsVerbatim(statement.Quote!, passage))
        {
            return (Fidelity.Verbatim, 1.0);
        }

        // Shingles catch reordering; the local alignment catches a rendering that follows the speech word by word.
        ComparedWords reported = statement.Quote ?? statement.Text;
        double shingles = TextSimilarity.Containment(reported, passage);
        // The alignment is the costly part, and most passages a statement meets share too few of its words to
        // reach the least score the caller can use: its bound decides those without aligning (the result is the
        // same). (Below that score by more than the rounding below, so that nothing rounds up past it.)
        double below = least - 0.001;
        double aligned = shingles < below && WordAlignment.ScoreBound(reported, passage) < below
            ? 0
            : WordAlignment.Score(reported, passage);
        double score = Math.Round(Math.Max(shingles, aligned), 3);
        if (statement.IsJapanese)
        {
            // Compared character by character, any two Japanese sentences share の, に and を: only a high score is
            // the same words (another wording of them scores like an unrelated sentence), and a short quote is no evidence.
            return score >= CjkCloseThreshold && statement.CjkCharacters >= CjkMinCharacters ? (Fidelity.Close, score) : null;
        }

        return score switch
        {
            >= CloseThreshold => (Fidelity.Close, score),
            >= ParaphraseThreshold => (Fidelity.Paraphrase, score),
            _ => null,
        };
    }

    // A statement's words as every comparison of it reads them, worked out once for all the passages it meets.
    private sealed class ReportedWords
    {
        public ReportedWords(ReportedStatement statement)
        {
            // "[Trump]", "(tariff)": the reporter's insertions are not the speaker's words.
            string? quote = statement.Quote is null ? null : Insertion().Replace(statement.Quote, " ");
            string reported = quote ?? statement.Text;
            Quote = quote is null ? null : ComparedWords.Of(quote);
            Text = ComparedWords.Of(statement.Text);
            IsVerbatimEvidence = quote is not null && TranscriptLinker.IsVerbatimEvidence(quote);
            IsJapanese = Japanese.JapaneseText.IsJapanese(reported);
            CjkCharacters = reported.Count(Ingestion.Text.TextNormalizer.IsCjk);
        }

        /// <summary>The quoted words without the reporter's insertions; null for reported speech.</summary>
        public ComparedWords? Quote { get; }

        /// <summary>The whole statement.</summary>
        public ComparedWords Text { get; }

        public bool IsVerbatimEvidence { get; }

        public bool IsJapanese { get; }

        public int CjkCharacters { get; }
    }

    /// <summary>Words a quote needs to link on its wording alone, without the event's date.</summary>
    private const int DistinctiveWords = 5;

    private static int ContentWords(ReportedStatement statement) => ComparedWords.Of(statement.Quote ?? statement.Text).Senses.Length;

    // Two words or more, or one long word ("ironclad"): a single short word is too common to be evidence.
    private static bool IsVerbatimEvidence(string quote)
    {
        string[] words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= VerbatimMinWords || (words.Length == 1 && words[0].Trim('.', ',', '!', '?').Length >= 7);
    }

    private enum EventFit
    {
        None,
        /// <summary>The speaker's transcript, dated within the event window.</summary>
        SameEvent,
        /// <summary>The speaker's transcript, but a date is unknown: the words must decide.</summary>
        Undated,
        /// <summary>The speaker's transcript, reported weeks later (commentary, rewrites): only distinctive words decide.</summary>
        Later,
    }

    private static EventFit Fit(ReportedStatement statement, TranscriptView transcript)
    {
        bool speaks = SameSpeaker(statement.SpeakerKey, statement.SpeakerName, transcript.SpeakerKey, transcript.SpeakerName)
            || transcript.Passages.Any(p => SameSpeaker(statement.SpeakerKey, statement.SpeakerName, p.SpeakerKey, p.SpeakerName));
        if (!speaks)
        {
            return EventFit.None;
        }

        // A date unknown on either side never refuses a link: the words decide alone.
        if (statement.Date is not DateOnly reported || transcript.Date is not DateOnly spoken)
        {
            return EventFit.Undated;
        }

        int days = reported.DayNumber - spoken.DayNumber;
        return days is >= -1 and <= EventWindowDays ? EventFit.SameEvent
            : days > EventWindowDays && days <= RecallWindowDays ? EventFit.Later
            : EventFit.None;
    }

    // In a joint press conference a passage is only its own speaker's; elsewhere it is the transcript's speaker's.
    private static bool SpokenBy(TranscriptPassage passage, TranscriptView transcript, ReportedStatement statement) =>
        passage.SpeakerKey is null && passage.SpeakerName is null
            ? SameSpeaker(statement.SpeakerKey, statement.SpeakerName, transcript.SpeakerKey, transcript.SpeakerName)
            : SameSpeaker(statement.SpeakerKey, statement.SpeakerName, passage.SpeakerKey, passage.SpeakerName);

    // Known actors by their key; people outside the knowledge base by name, or by surname where one side
    // gives the full name ("Lin Jian" and "Lin Jian", "Ferdinand Marcos Jr." and "Marcos").
    private static bool SameSpeaker(string? key, string? name, string? otherKey, string? otherName)
    {
        if (key is not null && otherKey is not null)
        {
            return key == otherKey;
        }

        if (name is null || otherName is null)
        {
            return false;
        }

        return string.Equals(name, otherName, StringComparison.OrdinalIgnoreCase) || (key is null && otherKey is null && Surname(name) == Surname(otherName));
    }

    private static string Surname(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !w.EndsWith('.')).Select(w => w.ToUpperInvariant()).LastOrDefault() ?? name.ToUpperInvariant();

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[^\]]{1,40}\]|\([^)]{1,40}\)")]
    private static partial System.Text.RegularExpressions.Regex Insertion();

    /// <summary>The linker's view of a transcript document.</summary>
    public static TranscriptView ToView(SourceDocument transcript) => new(
        transcript.FileName,
        transcript.TranscriptSpeaker?.KnowledgeBaseKey,
        transcript.TranscriptSpeaker?.Name,
        transcript.Date,
        transcript.Passages.Where(p => Statements.PressStatementExtractor.CarriesStatements(p.Kind)).Select(p => PassageView(transcript, p)).ToArray(),
        transcript.Title is null ? null : $"“{transcript.Title}”");

    // The official statements of a passage carry its turn's speaker.
    private static TranscriptPassage PassageView(SourceDocument transcript, PassageRecord passage)
    {
        ActorRef? speaker = transcript.Statements.FirstOrDefault(s => s.PassageIndex == passage.Index && s.Kind == StatementKind.Official)?.Speaker;
        return speaker is null || speaker == transcript.TranscriptSpeaker
            ? new TranscriptPassage(passage.Index, passage.Text)
            : new TranscriptPassage(passage.Index, passage.Text, speaker.KnowledgeBaseKey, speaker.Name);
    }
}
