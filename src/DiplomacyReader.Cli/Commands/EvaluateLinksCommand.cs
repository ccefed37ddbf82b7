using System.CommandLine;
using System.Globalization;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Evaluation.Linking;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>evaluate-links GOLD_FILE [--min-accuracy X]</c>: links the documents an alignment gold file lists and
/// scores the links (right passage, right fidelity) and the quotes reported missing.
/// </summary>
public static class EvaluateLinksCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("gold") { Description = "An alignment gold JSON file" };
        var minAccuracy = new Option<double>("--min-accuracy") { Description = "Fail below this link accuracy" };
        var command = new Command("evaluate-links", "Score press-to-transcript links against an alignment gold file") { file, minAccuracy };
        command.SetAction(parse => Run(parse.GetRequiredValue(file), parse.GetValue(minAccuracy), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string goldFile, double minAccuracy, TextWriter output)
    {
        AlignmentGold gold = AlignmentGold.Parse(File.ReadAllText(goldFile), goldFile);
        string folder = Path.GetDirectoryName(Path.GetFullPath(goldFile))!;
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        SourceDocument[] documents = gold.Documents.Select(d =>
        {
            string path = Path.GetFullPath(Path.Combine(folder, d.File));
            DateOnly? date = d.Date is null ? null : DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return pipeline.Process(new SourceInput(Path.GetFileName(path), File.ReadAllBytes(path), new KnownFacts(Date: date)));
        }).ToArray();

        LinkResult linking = pipeline.Link(documents);
        AlignmentScore score = AlignmentScorer.Score(documents, linking, gold);
        output.WriteLine($"Expected links {score.Expected}: correct {score.Correct} (accuracy {score.Accuracy:0.000}), wrong passage {score.WrongPassage}, wrong fidelity {score.WrongFidelity}, missing {score.Missing}; extra links {score.Extra}");
        output.WriteLine($"Quotes not found   P {score.NotFound.Precision:0.000}  R {score.NotFound.Recall:0.000}  (tp {score.NotFound.TruePositives}, fp {score.NotFound.FalsePositives}, fn {score.NotFound.FalseNegatives})");
        output.WriteLine($"Links from sources that must have none {score.ForbiddenLinks}; flags on sources that must carry none {score.ForbiddenFlags}");
        foreach (string problem in score.Problems)
        {
            output.WriteLine($"  - {problem}");
        }

        bool passed = score.Accuracy >= minAccuracy && score.ForbiddenLinks == 0 && score.ForbiddenFlags == 0 && score.NotFound.FalseNegatives == 0;
        output.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }
}
