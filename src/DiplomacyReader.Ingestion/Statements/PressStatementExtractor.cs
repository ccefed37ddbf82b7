using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// Finds statements in reported text: quotations with their reporting clause (direct or partial), reported
/// speech without quotation marks (indirect), and quotes that run on into the next sentence or paragraph.
/// Quoted terms ("America First") and quotes nobody is said to have spoken are not statements.
/// </summary>
public sealed class PressStatementExtractor(KnowledgeIndex knowledge)
{
    /// <summary>
    /// A sentence yields at most this many quotes. Each statement carries its whole sentence, so a "sentence" of
    /// hundreds of quoted words would otherwise store its text hundreds of times; real reporting weaves a few
    /// fragments into a sentence, not dozens.
    /// </summary>
    public const int MaxQuotesPerSentence = 12;

    /// <summary>Candidates from the passages of one document, checking <paramref name="budget"/> at each passage.</summary>
    public IReadOnlyList<StatementCandidate> Extract(IReadOnlyList<PassageRecord> passages, IReadOnlyDictionary<int, IReadOnlyList<Mention>> mentions, ProcessingBudget? budget = null)
    {
        var candidates = new List<StatementCandidate>();
        bool quoteRunsOn = false;
        // The paragraph before ends with a colon ("Cruz continued:"): the quotation that makes up the next one
        // is what it introduces, and the speaker is that clause's.
        Introduction? introduced = null;
        foreach (PassageRecord passage in passages)
        {
            budget?.Check();
            if (!CarriesStatements(passage.Kind))
            {
                quoteRunsOn = false;
                introduced = null;
                continue;
            }

            string text = passage.Text;
            IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(text);
            IReadOnlyList<Mention> passageMentions = mentions.GetValueOrDefault(passage.Index, []);
            StatementCandidate? previous = null;
            foreach (TextSpan sentence in JoinedAcrossQuotes(SentenceSplitter.Split(text), quotes).SelectMany(s => CoordinatedClauses.Split(text, s, quotes, passageMentions)))
            {
                QuoteSpan[] sentenceQuotes = [.. QuoteScanner.OpeningIn(quotes, sentence)];
                ReportingClause? clause = ReportingClauseFinder.Find(text, sentence, quotes, passageMentions);
                List<StatementCandidate> found = clause is null
                    ? RunOnQuote(passage, sentence, sentenceQuotes, previous, quoteRunsOn, introduced)
                    : Attributed(passage, sentence, sentenceQuotes, clause);
                candidates.AddRange(found);
                previous = found.Count > 0 ? found[^1] : null;
                quoteRunsOn = false;
                introduced = null;
            }

            // A paragraph whose last quote never closes continues in the next paragraph, which reopens it.
            quoteRunsOn = quotes.Count > 0 && !quotes[^1].Closed && previous is { Quote: not null, Source: not SpeakerSource.Next };
            introduced = text.TrimEnd().EndsWith(':') && (quotes.Count == 0 || quotes[^1].Closed)
                ? previous is null ? Introducer(passage, quotes, passageMentions) : new Introduction(SpeakerSource.Previous, null, null)
                : null;
        }

        return candidates;
    }

    /// <summary>
    /// Sentences with those a closed quotation runs into joined to them: in '“If I seem happy, it’s because I
    /// am. This has been a great meeting,” Biden began' the quotation and its reporting clause are one statement.
    /// </summary>
    internal static IReadOnlyList<TextSpan> JoinedAcrossQuotes(IReadOnlyList<TextSpan> sentences, IReadOnlyList<QuoteSpan> quotes)
    {
        var joined = new List<TextSpan>(sentences.Count);
        foreach (TextSpan sentence in sentences)
        {
            // Quotes do not overlap, so only the last one opening in the sentence so far can run past its end.
            bool insideOpenQuote = joined.Count > 0 && QuoteScanner.LastBefore(quotes, joined[^1].End) is { Closed: true } last
                && last.Outer.Start >= joined[^1].Start && last.Outer.End > joined[^1].End;
            if (insideOpenQuote)
            {
                joined[^1] = new TextSpan(joined[^1].Start, sentence.End);
            }
            else
            {
                joined.Add(sentence);
            }
        }

        return joined;
    }

    /// <summary>Whether statements can stand in a passage of this kind.</summary>
    public static bool CarriesStatements(PassageKind kind) => kind is PassageKind.Paragraph or PassageKind.Answer or PassageKind.List;

    private List<StatementCandidate> Attributed(PassageRecord passage, TextSpan sentence, QuoteSpan[] quotes, ReportingClause clause)
    {
        SpeakerSource source = clause.Joint ? SpeakerSource.Joint : clause.Speaker is null ? SpeakerSource.None : SpeakerSource.Mention;
        TextSpan? speaker = clause.Speaker?.Span;
        QuoteSpan[] spoken = quotes.Where(q => !QuoteTerms.IsTerm(QuoteText(passage.Text, q), knowledge)).ToArray();

        // 'Yoon: "A Major Threat to the International Community"' standing alone is a sub-headline, not a quote.
        if (clause.Cue is null && QuoteTerms.IsHeadline(passage.Text, spoken.Select(q => QuoteText(passage.Text, q))))
        {
            return [];
        }

        // With nobody named, only a quotation shaped as someone's words counts; a fragment may be a scare quote.
        if (clause.Speaker is null && !clause.Joint && !clause.UnnamedSubject && clause.Cue != "according to")
        {
            spoken = spoken.Where(q => IsDirect(passage.Text, sentence, q, clause)).ToArray();
        }
        if (spoken.Length == 0)
        {
            return [new StatementCandidate(passage.Index, sentence, StatementKind.Indirect, null, clause.Cue, source, speaker)];
        }

        return spoken
            .Take(MaxQuotesPerSentence)
            .Select(q => new StatementCandidate(
                passage.Index,
                sentence,
                IsDirect(passage.Text, sentence, q, clause) ? StatementKind.Direct : StatementKind.Partial,
                QuoteText(passage.Text, q),
                clause.Cue,
                source,
                speaker))
            .ToList();
    }

    // Who a paragraph ending in a colon hands the next paragraph's quotation to: the person its last clause
    // opens with ("President Clinton released the following statement:", "Stated Stone:"), else nobody we can name.
    private static Introduction Introducer(PassageRecord passage, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<Mention> mentions)
    {
        string text = passage.Text;
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(text);
        int mark = text.TrimEnd().Length - 1;
        Mention? speaker = sentences.Count == 0 ? null : ReportingClauseFinder.IntroducingSubject(
            text, sentences[^1].Start, mark, mentions.Where(m => !QuoteScanner.IsInside(quotes, m.Span.Start)));
        return speaker is null ? new Introduction(SpeakerSource.None, null, null) : new Introduction(SpeakerSource.Mention, passage.Index, speaker.Span);
    }

    // A sentence that is all quotation: it continues an attributed quote before it, or it opens a quote that
    // runs past the paragraph's end, to be attributed where the next paragraph reopens it.
    private static List<StatementCandidate> RunOnQuote(PassageRecord passage, TextSpan sentence, QuoteSpan[] quotes, StatementCandidate? previous, bool quoteRunsOn, Introduction? introduced)
    {
        if (quotes.Length != 1 || !IsWholeSentence(passage.Text, sentence, quotes[0]))
        {
            return [];
        }

        bool runsOn = previous is { Quote: not null } || quoteRunsOn;
        SpeakerSource? source = runsOn ? SpeakerSource.Previous
            : introduced is not null ? introduced.Source
            : !quotes[0].Closed ? SpeakerSource.Next
            : null;
        return source is null ? [] : [new StatementCandidate(passage.Index, sentence, StatementKind.Direct, QuoteText(passage.Text, quotes[0]), previous?.Cue, source.Value,
            runsOn ? null : introduced?.Mention, runsOn ? null : introduced?.Passage)];
    }

    // What a paragraph ending in a colon hands to the next: the speaker's source, and for a mention where it stands.
    private sealed record Introduction(SpeakerSource Source, int? Passage, TextSpan? Mention);

    // Direct: the quote opens the sentence, or is introduced by a colon, a dash or "said," and nothing but
    // the reporting clause follows it. Partial: a fragment woven into reported speech.
    private static bool IsDirect(string text, TextSpan sentence, QuoteSpan quote, ReportingClause clause)
    {
        string before = text[sentence.Start..quote.Outer.Start].TrimEnd();
        if (before.Length == 0)
        {
            return true;
        }

        int clauseStart = Math.Min(clause.CueSpan.Start, clause.Speaker?.Span.Start ?? int.MaxValue);
        int clauseEnd = Math.Max(clause.CueSpan.End, clause.Speaker?.Span.End ?? 0);
        bool introduced = before[^1] is ':' or '—' or '–' || (before[^1] == ',' && clauseEnd <= quote.Outer.Start);
        if (!introduced)
        {
            return false;
        }

        for (int i = quote.Outer.End; i < sentence.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i < clauseStart || i >= clauseEnd))
            {
                return false;
            }
        }

        return true;
    }

    // A quote that never closes may run past the sentence's end (the line ends before it does).
    private static bool IsWholeSentence(string text, TextSpan sentence, QuoteSpan quote) =>
        text.AsSpan(sentence.Start, quote.Outer.Start - sentence.Start).Trim().IsEmpty
        && (quote.Outer.End >= sentence.End || text.AsSpan(quote.Outer.End, sentence.End - quote.Outer.End).Trim().TrimEnd(".!?").IsEmpty);

    private static string QuoteText(string text, QuoteSpan quote) =>
        text[quote.Inner.Start..quote.Inner.End].Trim().TrimEnd(',', ';', ':', '.').Trim();

}
