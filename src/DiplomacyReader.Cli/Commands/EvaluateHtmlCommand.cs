using System.CommandLine;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Evaluation.Html;
using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>evaluate-html FOLDER [--min-f1 X]</c>: runs HTML extraction on each FOLDER/*/source.html and scores the
/// article text (every passage that is not a comment, site chrome or metadata) against expected.html by
/// word 4-gram shingles; prints the per-page table, the mean F1 and on how many pages the article's first and
/// last paragraphs were kept (the classic extraction failures).
/// </summary>
public static class EvaluateHtmlCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of page folders, each with source.html and expected.html" };
        var minF1 = new Option<double>("--min-f1") { Description = "Fail below this mean F1" };
        var explain = new Option<string?>("--explain") { Description = "Show one page's passages and the expected text it missed" };
        var command = new Command("evaluate-html", "Score article extraction from saved web pages") { folder, minF1, explain };
        command.SetAction(parse => parse.GetValue(explain) is { } page
            ? Explain(Path.Combine(parse.GetRequiredValue(folder), page), parse.InvocationConfiguration.Output)
            : Run(parse.GetRequiredValue(folder), parse.GetValue(minF1), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string folder, double minF1, TextWriter output)
    {
        IngestionPipeline pipeline = IngestionPipeline.CreateDefault();
        var rows = new List<PageResult>();
        foreach (string page in SavedPageFolders.In(folder, scored: true))
        {
            rows.Add(Evaluate(pipeline, page, output));
        }

        output.WriteLine("| page | precision | recall | F1 | first ¶ | last ¶ | note |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (PageResult row in rows.OrderBy(r => r.Counts.F1))
        {
            output.WriteLine($"| {row.Page} | {row.Counts.Precision:0.000} | {row.Counts.Recall:0.000} | {row.Counts.F1:0.000} | {Mark(row.FirstKept)} | {Mark(row.LastKept)} | {row.Note} |");
        }

        double mean = rows.Count == 0 ? 0 : rows.Average(r => r.Counts.F1);
        output.WriteLine();
        output.WriteLine($"pages {rows.Count}: mean precision {rows.Average(r => r.Counts.Precision):0.000}, mean recall {rows.Average(r => r.Counts.Recall):0.000}, mean F1 {mean:0.000}");
        output.WriteLine($"first paragraph kept on {rows.Count(r => r.FirstKept)} of {rows.Count} pages, last paragraph on {rows.Count(r => r.LastKept)}");
        output.WriteLine($"title agrees on {rows.Count(r => r.Metadata.Title == true)} of {rows.Count(r => r.Metadata.Title is not null)} pages whose reference states one, byline on {rows.Count(r => r.Metadata.Byline == true)} of {rows.Count(r => r.Metadata.Byline is not null)}, date on {rows.Count(r => r.Metadata.Date == true)} of {rows.Count(r => r.Metadata.Date is not null)}");
        return mean >= minF1 ? 0 : 1;
    }

    private sealed record PageResult(string Page, Counts Counts, bool FirstKept, bool LastKept, MetadataScore.Agreement Metadata, string Note);

    private static PageResult Evaluate(IngestionPipeline pipeline, string page, TextWriter output)
    {
        string extracted, note = string.Empty, metadata = Path.Combine(page, "expected-metadata.json");
        var agreement = new MetadataScore.Agreement(null, null);
        try
        {
            SourceDocument document = pipeline.Process(new SourceInput(Path.GetFileName(page) + ".html", File.ReadAllBytes(Path.Combine(page, SavedPageFolders.Source))));
            extracted = ArticleText(document);
            note = document.Flags.Any(f => f.Kind == FlagKind.StoryList) ? "index page" : string.Empty;
            agreement = File.Exists(metadata) ? MetadataScore.Compare(document, File.ReadAllText(metadata)) : agreement;
        }
        catch (IngestionException e)
        {
            extracted = string.Empty;
            note = "failed";
            output.WriteLine($"# {e.Message}");
        }

        string expectedHtml = File.ReadAllText(SavedPageFolders.ExpectedPath(page));
        string[] paragraphs = ShingleScore.ProseParagraphs(expectedHtml).ToArray();
        return new PageResult(Path.GetFileName(page), ShingleScore.Score(extracted, ShingleScore.TextOf(expectedHtml)),
            paragraphs.Length == 0 || IsKept(paragraphs[0], extracted), paragraphs.Length == 0 || IsKept(paragraphs[^1], extracted), agreement, note);
    }

    // A paragraph counts as kept when most of its shingles are in the article text.
    private static bool IsKept(string paragraph, string article) => ShingleScore.Score(article, paragraph).Recall >= 0.5;

    private static string Mark(bool kept) => kept ? "yes" : "**no**";

    /// <summary>
    /// Prints each passage of one page with its kind and the share of its shingles found in the expected text
    /// (so wrongly kept or wrongly dropped passages stand out), then the expected paragraphs the article text missed.
    /// </summary>
    public static int Explain(string page, TextWriter output)
    {
        SourceDocument document = IngestionPipeline.CreateDefault().Process(new SourceInput(Path.GetFileName(page) + ".html", File.ReadAllBytes(Path.Combine(page, SavedPageFolders.Source))));
        string expectedHtml = File.ReadAllText(SavedPageFolders.ExpectedPath(page));
        string expected = ShingleScore.TextOf(expectedHtml), article = ArticleText(document);
        foreach (PassageRecord passage in document.Passages)
        {
            // Passages too short for one shingle cannot be scored.
            string inExpected = TextNormalizer.Words(passage.Text).Length < ShingleScore.Size ? "  -  " : $"{ShingleScore.Score(passage.Text, expected).Precision:0.00}";
            output.WriteLine($"{passage.Kind,-11} {inExpected}  {Clip(passage.Text)}");
        }

        output.WriteLine();
        output.WriteLine("expected text missed:");
        foreach (string paragraph in ShingleScore.Paragraphs(expectedHtml))
        {
            if (!IsKept(paragraph, article))
            {
                output.WriteLine($"  {ShingleScore.Score(article, paragraph).Recall:0.00}  {Clip(paragraph)}");
            }
        }

        return 0;
    }

    private static string Clip(string text)
    {
        string line = text.ReplaceLineEndings(" / ");
        return line.Length <= 110 ? line : line[..110] + "…";
    }

    /// <summary>The article's text as the reader shows it: everything but comments, site chrome and metadata.</summary>
    public static string ArticleText(SourceDocument document) =>
        string.Join("\n", document.Passages.Where(p => p.Kind is not (PassageKind.Comment or PassageKind.Boilerplate or PassageKind.Metadata)).Select(p => p.Text));
}
