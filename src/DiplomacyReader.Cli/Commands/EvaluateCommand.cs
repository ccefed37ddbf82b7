using System.CommandLine;
using System.Globalization;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Evaluation;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>evaluate GOLD_FOLDER [--min-quote-f1 X] [--min-speaker-accuracy Y] [--verbose]</c>: scores extraction
/// against a gold folder (NAME.gold.json beside its document) and prints precision, recall and F1 for
/// quotes, per kind and per document, and speaker accuracy. Exit code 1 when a threshold is missed or any
/// statement came from reader comments.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("gold") { Description = "Folder of *.gold.json files with their documents" };
        var minQuoteF1 = new Option<double>("--min-quote-f1") { Description = "Fail below this quote F1" };
        var minSpeaker = new Option<double>("--min-speaker-accuracy") { Description = "Fail below this speaker accuracy" };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss" };
        var command = new Command("evaluate", "Score statement extraction against a gold set") { folder, minQuoteF1, minSpeaker, verbose };
        command.SetAction(parse => Run(parse.GetRequiredValue(folder), parse.GetValue(minQuoteF1), parse.GetValue(minSpeaker), parse.GetValue(verbose), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string folder, double minQuoteF1, double minSpeakerAccuracy, bool verbose, TextWriter output)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        var scores = new List<DocumentScore>();
        foreach (string goldFile in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            GoldDocument gold = GoldDocument.Parse(File.ReadAllText(goldFile), goldFile);
            string document = DocumentOf(goldFile, gold);
            DateOnly? date = gold.Date is null ? null : DateOnly.ParseExact(gold.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            SourceDocument processed = pipeline.Process(new SourceInput(Path.GetFileName(document), File.ReadAllBytes(document), new KnownFacts(Date: date)));
            scores.Add(ExtractionScorer.Score(Path.GetFileName(goldFile).Replace(".gold.json", string.Empty), processed, gold));
        }

        var report = new EvaluationReport(scores);
        Write(report, verbose, output);
        bool passed = report.Quotes.F1 >= minQuoteF1 && report.Speakers.Value >= minSpeakerAccuracy && report.CommentStatements == 0;
        output.WriteLine(passed ? "PASS" : $"FAIL: quote F1 {report.Quotes.F1:0.000} (min {minQuoteF1:0.000}), speaker accuracy {report.Speakers.Value:0.000} (min {minSpeakerAccuracy:0.000}), {report.CommentStatements} statements from comments");
        return passed ? 0 : 1;
    }

    private static string DocumentOf(string goldFile, GoldDocument gold)
    {
        string directory = Path.GetDirectoryName(goldFile)!;
        if (gold.Document is not null)
        {
            return Path.GetFullPath(Path.Combine(directory, gold.Document));
        }

        string stem = Path.GetFileName(goldFile).Replace(".gold.json", string.Empty);
        return Directory.GetFiles(directory, stem + ".*").Single(f => !f.EndsWith(".gold.json", StringComparison.Ordinal));
    }

    private static void Write(EvaluationReport report, bool verbose, TextWriter output)
    {
        output.WriteLine($"Gold documents: {report.Documents.Count}");
        output.WriteLine($"Quotes (exact words)   P {report.Quotes.Precision:0.000}  R {report.Quotes.Recall:0.000}  F1 {report.Quotes.F1:0.000}  ({Describe(report.Quotes)})");
        foreach ((string kind, Counts counts) in report.QuotesByKind.OrderBy(k => k.Key))
        {
            output.WriteLine($"  {kind,-20} P {counts.Precision:0.000}  R {counts.Recall:0.000}  F1 {counts.F1:0.000}  ({Describe(counts)})");
        }

        output.WriteLine($"Reported speech        P {report.Indirect.Precision:0.000}  R {report.Indirect.Recall:0.000}  F1 {report.Indirect.F1:0.000}  ({Describe(report.Indirect)})");
        output.WriteLine($"Official sentences     R {report.Official.Recall:0.000}  ({Describe(report.Official)})");
        output.WriteLine($"Speaker accuracy       {report.Speakers.Value:0.000}  ({report.Speakers.Correct}/{report.Speakers.Total})");
        output.WriteLine($"Statements from comments {report.CommentStatements}; marked not-statements extracted {report.ForbiddenStatements}; other fact errors {report.FactErrors}");
        output.WriteLine();
        output.WriteLine($"{"document",-36} {"quote P",8} {"quote R",8} {"speaker",8} {"misses",7}");
        foreach (DocumentScore document in report.Documents)
        {
            output.WriteLine($"{document.Name,-36} {document.Quotes.Precision,8:0.000} {document.Quotes.Recall,8:0.000} {document.Speakers.Value,8:0.000} {document.Problems.Count,7}");
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
