using System.CommandLine;
using DiplomacyReader.Evaluation.Corpora;
using DiplomacyReader.Evaluation.Extraction;
using DiplomacyReader.Evaluation.Linking;
using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Ingestion;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>evaluate FOLDER [--split dev] [--slice dev|holdout|all] [--min-… X] [--verbose]</c>: scores the pipeline
/// against a labelled folder of one of three layouts: our gold sets (NAME.gold.json beside each document),
/// a corpus with <c>manifest.json</c> and <c>gold/</c> (japan-dev: transcripts and their coverage), or
/// PolNeAR (<c>docs/SPLIT</c>, <c>gold/SPLIT</c>). Prints quote precision, recall and F1 by kind, reported
/// speech, speaker accuracy, and where the corpus has them transcript recognition, kinds, dates, link and
/// fidelity accuracy; per document with <c>--verbose</c>. Exit code 1 when a threshold is missed or any
/// statement came from reader comments.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("gold") { Description = "A gold folder, a corpus folder with manifest.json and gold/, or PolNeAR" };
        var split = new Option<string>("--split") { Description = "PolNeAR split (train, dev)", DefaultValueFactory = _ => "dev" };
        var slice = new Option<string>("--slice") { Description = "japan-dev slice: dev (tuned on), holdout (kept untouched), all", DefaultValueFactory = _ => "all" };
        var minQuoteF1 = new Option<double>("--min-quote-f1") { Description = "Fail below this quote F1" };
        var minSpeaker = new Option<double>("--min-speaker-accuracy") { Description = "Fail below this speaker accuracy" };
        var minNamed = new Option<double>("--min-named-speakers") { Description = "Fail when fewer of the quotes given a speaker have the right one" };
        var minLinks = new Option<double>("--min-link-accuracy") { Description = "Fail below this link accuracy" };
        var minFidelity = new Option<double>("--min-fidelity-accuracy") { Description = "Fail below this fidelity accuracy" };
        var minTranscripts = new Option<double>("--min-transcripts") { Description = "Fail below this share of transcripts recognised" };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss" };
        var command = new Command("evaluate", "Score statement extraction, recognition and linking against labelled documents")
        {
            folder, split, slice, minQuoteF1, minSpeaker, minNamed, minLinks, minFidelity, minTranscripts, verbose,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(folder), parse.GetValue(split)!, parse.GetValue(slice)!,
            new Thresholds(parse.GetValue(minQuoteF1), parse.GetValue(minSpeaker), parse.GetValue(minLinks), parse.GetValue(minFidelity), parse.GetValue(minTranscripts), parse.GetValue(minNamed)),
            parse.GetValue(verbose), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>The figures a run must reach.</summary>
    public sealed record Thresholds(double QuoteF1 = 0, double SpeakerAccuracy = 0, double LinkAccuracy = 0, double FidelityAccuracy = 0, double Transcripts = 0, double NamedSpeakers = 0);

    public static int Run(string folder, string split, string slice, Thresholds thresholds, bool verbose, TextWriter output)
    {
        string name;
        IReadOnlyList<CorpusDocument> documents;
        ScoringRules rules;
        try
        {
            (name, documents, rules) = Load(folder, split, slice);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException)
        {
            output.WriteLine($"evaluate: {e.Message}");
            return 2;
        }

        CorpusReport report = CorpusEvaluator.Evaluate(IngestionPipeline.CreateDefault(), documents, rules, link: rules != ScoringRules.PolNeAR);
        output.WriteLine($"Set: {name}");
        Write(report, verbose, output);

        EvaluationReport extraction = report.Extraction;
        var failures = new List<string>();
        Require(extraction.Quotes.F1, thresholds.QuoteF1, "quote F1", failures);
        Require(extraction.Speakers.Value, thresholds.SpeakerAccuracy, "speaker accuracy", failures);
        Require(extraction.AttributedQuotes.Value, thresholds.NamedSpeakers, "named speakers right", failures);
        Require(report.Coverage?.Links.Value ?? 1, thresholds.LinkAccuracy, "link accuracy", failures);
        Require(report.Coverage?.Fidelity.Value ?? 1, thresholds.FidelityAccuracy, "fidelity accuracy", failures);
        Require(report.Transcripts.Value, thresholds.Transcripts, "transcripts recognised", failures);
        if (extraction.CommentStatements > 0)
        {
            failures.Add($"{extraction.CommentStatements} statements from comments");
        }

        output.WriteLine(failures.Count == 0 ? "PASS" : "FAIL: " + string.Join(", ", failures));
        return failures.Count == 0 ? 0 : 1;
    }

    private static (string Name, IReadOnlyList<CorpusDocument> Documents, ScoringRules Rules) Load(string folder, string split, string slice)
    {
        if (GoldFolder.Recognises(folder))
        {
            return ($"gold folder {folder}", GoldFolder.Load(folder), ScoringRules.Gold);
        }

        if (JapanDevCorpus.Recognises(folder))
        {
            return ($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}, slice {slice}", JapanDevCorpus.Load(folder, slice), ScoringRules.RealCoverage);
        }

        if (PolnearCorpus.Recognises(folder))
        {
            return ($"PolNeAR {split}", PolnearCorpus.Load(folder, split), ScoringRules.PolNeAR);
        }

        throw new DirectoryNotFoundException($"{folder}: neither *.gold.json files, a manifest.json with gold/, nor PolNeAR's docs/ and gold/.");
    }

    private static void Require(double value, double minimum, string what, List<string> failures)
    {
        if (value < minimum)
        {
            failures.Add($"{what} {value:0.000} (min {minimum:0.000})");
        }
    }

    private static void Write(CorpusReport corpus, bool verbose, TextWriter output)
    {
        EvaluationReport report = corpus.Extraction;
        output.WriteLine($"Gold documents: {report.Documents.Count}");
        output.WriteLine($"Quotes (exact words)   P {report.Quotes.Precision:0.000}  R {report.Quotes.Recall:0.000}  F1 {report.Quotes.F1:0.000}  ({Describe(report.Quotes)})");
        foreach ((string kind, Counts counts) in report.QuotesByKind.OrderBy(k => k.Key))
        {
            output.WriteLine($"  {kind,-20} P {counts.Precision:0.000}  R {counts.Recall:0.000}  F1 {counts.F1:0.000}  ({Describe(counts)})");
        }

        output.WriteLine($"Reported speech        P {report.Indirect.Precision:0.000}  R {report.Indirect.Recall:0.000}  F1 {report.Indirect.F1:0.000}  ({Describe(report.Indirect)})");
        output.WriteLine($"Official sentences     R {report.Official.Recall:0.000}  ({Describe(report.Official)})");
        output.WriteLine($"Speaker accuracy       {report.Speakers.Value:0.000}  ({report.Speakers.Correct}/{report.Speakers.Total})");
        output.WriteLine($"Named speakers right   {report.AttributedQuotes.Value:0.000}  ({report.AttributedQuotes.Correct}/{report.AttributedQuotes.Total} quotes given a speaker)");
        if (corpus.Kinds.Total > 0)
        {
            output.WriteLine($"Transcripts recognised {corpus.Transcripts.Correct}/{corpus.Transcripts.Total}; kinds right {corpus.Kinds.Correct}/{corpus.Kinds.Total}");
        }

        if (corpus.TranscriptSpeakers.Total > 0)
        {
            output.WriteLine($"Transcript speakers    {corpus.TranscriptSpeakers.Correct}/{corpus.TranscriptSpeakers.Total}");
        }

        if (corpus.Translations.Total > 0)
        {
            output.WriteLine($"Translation alignment  {corpus.Translations.Correct}/{corpus.Translations.Total} gold pairs in aligned passages ({corpus.Translations.Value:0.000})");
        }

        if (corpus.Layouts.Total > 0)
        {
            output.WriteLine($"Turns and questions    {corpus.Layouts.Correct}/{corpus.Layouts.Total} transcripts counted as the gold counts them");
        }

        if (corpus.Dates.Total > 0)
        {
            output.WriteLine($"Dates right            {corpus.Dates.Correct}/{corpus.Dates.Total}  ({corpus.Dates.Value:0.000})");
        }

        if (corpus.Coverage is { } coverage)
        {
            output.WriteLine($"Link accuracy          {coverage.Links.Value:0.000}  ({coverage.Links.Correct}/{coverage.Links.Total} quotes with a target linked to the passage holding it)");
            output.WriteLine($"Fidelity accuracy      {coverage.Fidelity.Value:0.000}  ({coverage.Fidelity.Correct}/{coverage.Fidelity.Total})");
            if (verbose)
            {
                output.WriteLine("  gold fidelity → found (score), per labelled quote:");
                foreach (JudgedQuote quote in coverage.Judged.OrderBy(q => q.GoldFidelity).ThenBy(q => q.Score))
                {
                    string found = quote.Extracted ? $"{quote.Found}{(quote.Score is double score ? $" ({score:0.00})" : string.Empty)}" : "not extracted";
                    output.WriteLine($"    {quote.GoldFidelity,-10} → {found,-18} {quote.Document[..2]} “{(quote.Quote.Length <= 60 ? quote.Quote : quote.Quote[..60] + "…")}”");
                }
            }
        }

        output.WriteLine($"Statements from comments {report.CommentStatements}; marked not-statements extracted {report.ForbiddenStatements}; other fact errors {report.FactErrors}");
        if (verbose)
        {
            foreach (string problem in corpus.Problems.Concat(corpus.Coverage?.Problems ?? []))
            {
                output.WriteLine($"  - {problem}");
            }
        }

        output.WriteLine();
        output.WriteLine($"{"document",-44} {"quote P",8} {"quote R",8} {"speaker",8} {"misses",7}");
        foreach (DocumentScore document in report.Documents)
        {
            output.WriteLine($"{document.Name,-44} {document.Quotes.Precision,8:0.000} {document.Quotes.Recall,8:0.000} {document.Speakers.Value,8:0.000} {document.Problems.Count,7}");
            if (verbose)
            {
                foreach (string problem in document.Problems)
                {
                    output.WriteLine($"    - {problem}");
                }
            }
        }
    }

    private static string Describe(Counts counts) => $"tp {counts.TruePositives}, fp {counts.FalsePositives}, fn {counts.FalseNegatives}";
}
