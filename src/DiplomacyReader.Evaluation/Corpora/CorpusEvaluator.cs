using System.Globalization;
using DiplomacyReader.Evaluation.Extraction;
using DiplomacyReader.Evaluation.Linking;
using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>Runs the pipeline over a labelled corpus and scores what it found.</summary>
public static class CorpusEvaluator
{
    /// <summary>Processes every document, links them all together as a store would, and scores the result under <paramref name="rules"/>.</summary>
    public static CorpusReport Evaluate(IngestionPipeline pipeline, IReadOnlyList<CorpusDocument> documents, ScoringRules rules, bool link)
    {
        var processed = new SourceDocument[documents.Count];
        var scores = new DocumentScore[documents.Count];
        var problems = new List<string>();
        Accuracy transcripts = default, kinds = default, dates = default, layouts = default, speakers = default;
        for (int i = 0; i < documents.Count; i++)
        {
            CorpusDocument document = documents[i];
            processed[i] = pipeline.Process(new SourceInput(Path.GetFileName(document.Path), File.ReadAllBytes(document.Path), new KnownFacts(Url: document.Url, Date: document.Date)));
            scores[i] = ExtractionScorer.Score(document.Name, processed[i], document.Gold, rules);

            string kind = ExportMapping.Name(processed[i].Kind);
            if (document.Gold.Kind is { } goldKind)
            {
                kinds += Judge(kind == goldKind, $"{document.Name}: kind {kind}, gold says {goldKind}", problems);
                if (goldKind == "transcript")
                {
                    transcripts += new Accuracy(kind == goldKind ? 1 : 0, 1);
                    if (document.Gold.TranscriptSpeaker is { } goldSpeaker)
                    {
                        string? speaker = processed[i].TranscriptSpeaker?.Name;
                        speakers += Judge(speaker == goldSpeaker, $"{document.Name}: transcript speaker {speaker ?? "none"}, gold says {goldSpeaker}", problems);
                    }
                }
            }

            if (document.Gold.Turns is int goldTurns && document.Gold.Questions is int goldQuestions)
            {
                (int turns, int questions) = TranscriptLayout.Turns(processed[i]);
                layouts += Judge(turns == goldTurns && questions == goldQuestions,
                    $"{document.Name}: {turns} official turns and {questions} questions, gold says {goldTurns} and {goldQuestions}", problems);
            }

            if (document.Gold.Date is { } goldDate && document.Date is null)
            {
                string? date = processed[i].Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                dates += Judge(date == goldDate, $"{document.Name}: date {date ?? "none"}, gold says {goldDate}", problems);
            }
        }

        CoverageScore? coverage = link && documents.Any(d => d.Covers is not null)
            ? CoverageScorer.Score(documents, processed, pipeline.Link(processed).Links)
            : null;
        Accuracy translations = TranslationScore(pipeline, documents, processed, problems);
        return new CorpusReport(new EvaluationReport(scores), transcripts, kinds, dates, coverage, problems, layouts, speakers, translations);
    }

    // For each gold pair: is the Japanese passage holding its Japanese span aligned to the English passage holding its English span?
    private static Accuracy TranslationScore(IngestionPipeline pipeline, IReadOnlyList<CorpusDocument> documents, SourceDocument[] processed, List<string> problems)
    {
        Accuracy total = default;
        Dictionary<int, int> japaneseOf = Ingestion.Linking.TranslationPairs.Find(processed, pipeline.Knowledge).ToDictionary(p => p.English, p => p.Japanese);
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Gold.Alignment.Count == 0)
            {
                continue;
            }

            if (!japaneseOf.TryGetValue(i, out int j))
            {
                total += new Accuracy(0, documents[i].Gold.Alignment.Count);
                problems.Add($"{documents[i].Name}: no Japanese original found for it");
                continue;
            }

            var aligned = Ingestion.Linking.TranslationAligner.Align(processed[i].Passages, processed[j].Passages, pipeline.Knowledge)
                .Select(t => (t.EnglishPassage, t.JapanesePassage)).ToHashSet();
            foreach (GoldTranslation pair in documents[i].Gold.Alignment)
            {
                int? en = PassageHolding(processed[i], pair.En);
                int? ja = PassageHolding(processed[j], pair.Ja);
                bool right = en is int e && ja is int a && aligned.Contains((e, a));
                total += Judge(right, $"{documents[i].Name}: “{Short(pair.En)}” (¶{en?.ToString(CultureInfo.InvariantCulture) ?? "?"}) not aligned with ¶{ja?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {documents[j].Name}", problems);
            }
        }

        return total;
    }

    private static int? PassageHolding(SourceDocument document, string span)
    {
        string probe = span.Length > 24 ? span[..24] : span;
        return document.Passages.FirstOrDefault(p => p.Text.Contains(probe, StringComparison.Ordinal))?.Index;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static Accuracy Judge(bool right, string problem, List<string> problems)
    {
        if (!right)
        {
            problems.Add(problem);
        }

        return new Accuracy(right ? 1 : 0, 1);
    }
}
