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
            processed[i] = pipeline.Process(new SourceInput(Path.GetFileName(document.Path), File.ReadAllBytes(document.Path), new KnownFacts(Date: document.Date)));
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
        return new CorpusReport(new EvaluationReport(scores), transcripts, kinds, dates, coverage, problems, layouts, speakers);
    }

    private static Accuracy Judge(bool right, string problem, List<string> problems)
    {
        if (!right)
        {
            problems.Add(problem);
        }

        return new Accuracy(right ? 1 : 0, 1);
    }
}
