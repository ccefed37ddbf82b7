using DiplomacyReader.Evaluation.Corpora;
using DiplomacyReader.Evaluation.Extraction;
using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Evaluation.Linking;

/// <summary>
/// Scores links of press quotes against labels of real coverage: each labelled quote of a document that
/// covers a transcript names the transcript sentence it reports (or none) and the fidelity. A quote the
/// pipeline did not extract counts as a wrong link: the reader cannot follow it either.
/// </summary>
public static class CoverageScorer
{
    /// <summary>Scores <paramref name="links"/> for the <paramref name="documents"/> processed as <paramref name="processed"/> (same order).</summary>
    public static CoverageScore Score(IReadOnlyList<CorpusDocument> documents, IReadOnlyList<SourceDocument> processed, IReadOnlyList<LinkRecord> links)
    {
        Dictionary<string, SourceDocument> byPath = documents.Select((d, i) => (d.Path, Document: processed[i])).ToDictionary(p => p.Path, p => p.Document);
        var problems = new List<string>();
        Accuracy linked = default, fidelity = default;
        var judged = new List<JudgedQuote>();
        for (int i = 0; i < documents.Count; i++)
        {
            CorpusDocument document = documents[i];
            if (document.Covers is null || !byPath.TryGetValue(document.Covers, out SourceDocument? transcript))
            {
                continue;
            }

            foreach (GoldQuote quote in document.Gold.Quotes.Where(q => q.Fidelity is not null))
            {
                StatementRecord? statement = processed[i].Statements.FirstOrDefault(s => s.Quote is not null && ExtractionScorer.SameWords(s.Quote, quote.Quote));
                LinkRecord? link = statement is null ? null : links.FirstOrDefault(l => l.SourceFile == processed[i].FileName && l.StatementId == statement.Id && l.TargetFile == transcript.FileName);
                string predicted = link is null ? "not-found" : ExportMapping.Name(link.Fidelity);
                string what = $"{document.Name}: “{Clip(quote.Quote)}”";
                if (quote.Target is not null)
                {
                    bool right = link is not null && Holds(transcript.Passages[link.TargetPassage].Text, quote.Target);
                    linked += new Accuracy(right ? 1 : 0, 1);
                    if (!right)
                    {
                        problems.Add(statement is null ? $"{what} not extracted, so not linked"
                            : link is null ? $"{what} not linked (gold: “{Clip(quote.Target)}”)"
                            : $"{what} linked to ¶{link.TargetPassage} “{Clip(transcript.Passages[link.TargetPassage].Text)}”, gold: “{Clip(quote.Target)}”");
                    }
                }

                judged.Add(new JudgedQuote(document.Name, quote.Quote, quote.Fidelity!, predicted, link?.Score, statement is not null));
                bool sameFidelity = predicted == quote.Fidelity && (statement is not null || quote.Fidelity == "not-found");
                fidelity += new Accuracy(sameFidelity ? 1 : 0, 1);
                if (!sameFidelity && statement is not null)
                {
                    problems.Add($"{what} is {predicted}{(link is null ? string.Empty : $" ({link.Score:0.00})")}, gold says {quote.Fidelity}");
                }
            }
        }

        return new CoverageScore(linked, fidelity, problems, judged);
    }

    // The passage holds the target sentence, or (where the passage was cut finer) the target holds the passage.
    private static bool Holds(string passage, string target)
    {
        string p = TextNormalizer.ForComparison(passage), t = TextNormalizer.ForComparison(target);
        return p.Contains(t, StringComparison.Ordinal) || (p.Length >= 20 && t.Contains(p, StringComparison.Ordinal));
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
