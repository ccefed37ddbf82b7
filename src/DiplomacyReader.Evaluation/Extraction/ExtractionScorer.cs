using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;
using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Extraction;

/// <summary>
/// Scores what the pipeline found in a document against its gold. Quotes match on their exact words
/// (ignoring case, punctuation and quote style); sentences match on their beginning. Speaker accuracy counts
/// every matched quote, reported-speech sentence and official sentence whose speaker is the gold speaker
/// (an unattributed gold item must stay unattributed).
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Scores <paramref name="document"/> against <paramref name="gold"/>; <paramref name="name"/> labels the row.</summary>
    public static DocumentScore Score(string name, SourceDocument document, GoldDocument gold) => Score(name, document, gold, ScoringRules.Gold);

    /// <summary>Scores <paramref name="document"/> against <paramref name="gold"/> under a corpus's <paramref name="rules"/>.</summary>
    public static DocumentScore Score(string name, SourceDocument document, GoldDocument gold, ScoringRules rules)
    {
        var problems = new List<string>();
        var speakers = new Accuracy(0, 0);
        var attributed = new Accuracy(0, 0);

        StatementRecord[] predictedQuotes = document.Statements.Where(s => s.Quote is not null && TextNormalizer.Words(s.Quote).Length >= rules.MinQuoteWords).ToArray();
        var unmatched = predictedQuotes.ToList();
        var byKind = new Dictionary<string, Counts>();
        int quoteTp = 0, quoteFn = 0;
        foreach (GoldQuote quote in gold.Quotes)
        {
            StatementRecord? match = unmatched.FirstOrDefault(s => SameWords(s.Quote!, quote.Quote));
            if (match is null)
            {
                quoteFn++;
                AddKind(byKind, quote.Kind ?? "quote", new Counts(0, 0, 1));
                problems.Add($"missed quote “{quote.Quote}” ({quote.Kind}, {quote.Speaker ?? "no speaker"})");
                continue;
            }

            unmatched.Remove(match);
            quoteTp++;
            string kind = ExportMapping.Name(match.Kind);
            if (quote.Kind is null)
            {
                AddKind(byKind, "quote", new Counts(1, 0, 0));
            }
            else if (kind == quote.Kind)
            {
                AddKind(byKind, kind, new Counts(1, 0, 0));
            }
            else
            {
                AddKind(byKind, quote.Kind, new Counts(0, 0, 1));
                AddKind(byKind, kind, new Counts(0, 1, 0));
                problems.Add($"quote “{quote.Quote}” is {kind}, gold says {quote.Kind}");
            }

            if (quote.Speaker is not null || rules.ScoreUnnamedSpeakers)
            {
                Accuracy right = CheckSpeaker(match, quote.Speaker, $"quote “{quote.Quote}”", problems, rules);
                speakers += right;
                attributed += match.Speaker is null ? default : right;
            }
        }

        bool kindsMarked = rules.KindsMarked && gold.Quotes.All(q => q.Kind is not null);
        foreach (StatementRecord extra in unmatched)
        {
            AddKind(byKind, kindsMarked ? ExportMapping.Name(extra.Kind) : "quote", new Counts(0, 1, 0));
            problems.Add($"extra quote “{extra.Quote}” ({ExportMapping.Name(extra.Kind)}, {extra.Speaker?.Name ?? "no speaker"})");
        }

        Counts indirect = default;
        if (gold.Indirect is not null)
        {
            indirect = ScoreSentences(document.Statements.Where(s => s.Kind == StatementKind.Indirect).ToArray(), gold.Indirect, "reported speech", problems, ref speakers, rules);
        }

        Counts official = default;
        if (gold.Official.Count > 0)
        {
            StatementRecord[] officialStatements = document.Statements.Where(s => s.Kind == StatementKind.Official).ToArray();
            official = ScoreSentences(officialStatements, gold.Official, "official sentence", problems, ref speakers, rules, countExtras: false);
            if (gold.AllOfficialBy is not null)
            {
                foreach (StatementRecord statement in officialStatements.Where(s => s.Speaker?.Name != gold.AllOfficialBy))
                {
                    problems.Add($"official sentence by {statement.Speaker?.Name ?? "nobody"}: “{Clip(statement.Text)}”");
                    speakers += new Accuracy(0, 1);
                }
            }
        }

        int commentStatements = document.Statements.Count(s => document.Passages[s.PassageIndex].Kind == PassageKind.Comment);
        if (commentStatements > 0)
        {
            problems.Add($"{commentStatements} statements from reader comments");
        }

        int forbidden = 0;
        foreach (string prefix in gold.NotStatements)
        {
            foreach (StatementRecord statement in document.Statements.Where(s => s.Text.StartsWith(prefix, StringComparison.Ordinal) || s.Text.Contains(prefix, StringComparison.Ordinal)))
            {
                forbidden++;
                problems.Add($"not a statement, but extracted: “{Clip(statement.Text)}”");
            }
        }

        int factErrors = CheckFacts(document, gold, problems, rules);
        return new DocumentScore(name, new Counts(quoteTp, unmatched.Count, quoteFn), byKind, indirect, official, speakers, commentStatements, forbidden, factErrors, problems, attributed);
    }

    private static Counts ScoreSentences(StatementRecord[] predicted, List<GoldSentence> gold, string what, List<string> problems, ref Accuracy speakers, ScoringRules rules, bool countExtras = true)
    {
        var unmatched = predicted.ToList();
        int tp = 0, fn = 0;
        foreach (GoldSentence sentence in gold)
        {
            StatementRecord? match = unmatched.FirstOrDefault(s => s.Text.StartsWith(sentence.TextStartsWith, StringComparison.Ordinal));
            if (match is null)
            {
                fn++;
                problems.Add($"missed {what} “{Clip(sentence.TextStartsWith)}…” ({sentence.Speaker ?? "no speaker"})");
                continue;
            }

            unmatched.Remove(match);
            tp++;
            speakers += CheckSpeaker(match, sentence.Speaker, $"{what} “{Clip(sentence.TextStartsWith)}…”", problems, rules);
        }

        if (!countExtras)
        {
            return new Counts(tp, 0, fn);
        }

        foreach (StatementRecord extra in unmatched)
        {
            problems.Add($"extra {what} “{Clip(extra.Text)}” ({extra.Speaker?.Name ?? "no speaker"})");
        }

        return new Counts(tp, unmatched.Count, fn);
    }

    private static Accuracy CheckSpeaker(StatementRecord statement, string? expected, string what, List<string> problems, ScoringRules rules)
    {
        if (SpeakerNames.Match(statement.Speaker?.Name, expected, rules.Speakers))
        {
            return new Accuracy(1, 1);
        }

        problems.Add($"{what}: speaker {statement.Speaker?.Name ?? "none"}, gold says {expected ?? "none"}");
        return new Accuracy(0, 1);
    }

    private static int CheckFacts(SourceDocument document, GoldDocument gold, List<string> problems, ScoringRules rules)
    {
        int errors = 0;
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors++;
                problems.Add(message);
            }
        }

        if (gold.Kind is not null)
        {
            Check(ExportMapping.Name(document.Kind) == gold.Kind, $"kind {ExportMapping.Name(document.Kind)}, gold says {gold.Kind}");
        }

        if (gold.TranscriptSpeaker is not null)
        {
            Check(SpeakerNames.Match(document.TranscriptSpeaker?.Name, gold.TranscriptSpeaker, rules.Speakers), $"transcript speaker {document.TranscriptSpeaker?.Name ?? "none"}, gold says {gold.TranscriptSpeaker}");
        }

        foreach (string quote in gold.NotQuotes)
        {
            Check(!document.Statements.Any(s => s.Quote is not null && SameWords(s.Quote, quote)), $"term taken for a quote: “{quote}”");
        }

        foreach (string actor in gold.NewActors)
        {
            Check(document.Actors.Any(a => a.Name == actor && a.KnowledgeBaseKey is null), $"new actor {actor} not found");
        }

        if (gold.Flags is not null)
        {
            Check(document.Flags.Count == gold.Flags.Count, $"{document.Flags.Count} flags, gold says {gold.Flags.Count}: {string.Join(" / ", document.Flags.Select(f => f.Message))}");
            foreach (GoldFlag flag in gold.Flags)
            {
                Check(document.Flags.Any(f => ExportMapping.Name(f.Kind) == flag.Kind && flag.Contains.All(w => f.Message.Contains(w, StringComparison.Ordinal))), $"missing {flag.Kind} flag about {string.Join(", ", flag.Contains)}");
            }
        }

        return errors;
    }

    internal static bool SameWords(string a, string b) => TextNormalizer.ForComparison(a) == TextNormalizer.ForComparison(b);

    private static void AddKind(Dictionary<string, Counts> byKind, string kind, Counts counts) =>
        byKind[kind] = byKind.GetValueOrDefault(kind) + counts;

    private static string Clip(string text) => text.Length <= 70 ? text : text[..70];
}
