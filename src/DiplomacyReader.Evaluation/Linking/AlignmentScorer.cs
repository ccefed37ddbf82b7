using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;
using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Linking;

/// <summary>How linking did against an alignment gold set.</summary>
public sealed record AlignmentScore(int Expected, int Correct, int WrongPassage, int WrongFidelity, int Missing, int Extra, Counts NotFound, int ForbiddenLinks, int ForbiddenFlags, IReadOnlyList<string> Problems)
{
    /// <summary>Share of expected links found with the right passage and fidelity.</summary>
    public double Accuracy => Expected == 0 ? 1 : Correct / (double)Expected;
}

/// <summary>Scores links and quote-not-found flags against an alignment gold set.</summary>
public static class AlignmentScorer
{
    /// <summary>Scores <paramref name="linking"/> over <paramref name="documents"/> against <paramref name="gold"/>.</summary>
    public static AlignmentScore Score(IReadOnlyList<SourceDocument> documents, LinkResult linking, AlignmentGold gold)
    {
        var problems = new List<string>();
        Dictionary<string, SourceDocument> byFile = documents.ToDictionary(d => d.FileName);
        var unexpected = linking.Links.ToList();
        int correct = 0, wrongPassage = 0, wrongFidelity = 0, missing = 0;
        foreach (ExpectedLink expected in gold.Links)
        {
            StatementRecord? statement = byFile[expected.Report].Statements.FirstOrDefault(s => expected.Quote is not null
                ? s.Quote is not null && TextNormalizer.ForComparison(s.Quote) == TextNormalizer.ForComparison(expected.Quote)
                : s.Text.StartsWith(expected.Text!, StringComparison.Ordinal));
            LinkRecord? link = statement is null ? null : linking.Links.FirstOrDefault(l => l.SourceFile == expected.Report && l.StatementId == statement.Id);
            string what = $"{expected.Report}: “{expected.Quote ?? expected.Text}”";
            if (link is null)
            {
                missing++;
                problems.Add($"{what} not linked{(statement is null ? " (statement not extracted)" : string.Empty)}");
                continue;
            }

            unexpected.Remove(link);
            PassageRecord target = byFile[link.TargetFile].Passages[link.TargetPassage];
            if (!target.Text.StartsWith(expected.PassageStartsWith, StringComparison.Ordinal))
            {
                wrongPassage++;
                problems.Add($"{what} linked to ¶{link.TargetPassage} “{Clip(target.Text)}”, gold says “{Clip(expected.PassageStartsWith)}”");
            }
            else if (!expected.Fidelity.Split('|').Contains(ExportMapping.Name(link.Fidelity)))
            {
                wrongFidelity++;
                problems.Add($"{what} is {ExportMapping.Name(link.Fidelity)} ({link.Score:0.00}), gold says {expected.Fidelity}");
            }
            else
            {
                correct++;
            }
        }

        foreach (LinkRecord extra in unexpected)
        {
            StatementRecord statement = byFile[extra.SourceFile].Statements.First(s => s.Id == extra.StatementId);
            problems.Add($"extra link {extra.SourceFile}: “{Clip(statement.Quote ?? statement.Text)}” → ¶{extra.TargetPassage} ({ExportMapping.Name(extra.Fidelity)})");
        }

        int tp = 0;
        foreach (ExpectedMissingQuote expected in gold.NotFound)
        {
            bool found = linking.QuotesNotFound.Any(q => q.Statement.File == expected.Report && q.Statement.Quote is not null
                && TextNormalizer.ForComparison(q.Statement.Quote) == TextNormalizer.ForComparison(expected.Quote));
            tp += found ? 1 : 0;
            if (!found)
            {
                problems.Add($"{expected.Report}: “{expected.Quote}” not reported missing");
            }
        }

        int flaggedWrongly = linking.QuotesNotFound.Count - tp;
        foreach (QuoteNotFound wrong in linking.QuotesNotFound.Where(q => !gold.NotFound.Any(e => e.Report == q.Statement.File && TextNormalizer.ForComparison(e.Quote) == TextNormalizer.ForComparison(q.Statement.Quote!))))
        {
            problems.Add($"{wrong.Statement.File}: “{wrong.Statement.Quote}” reported missing, gold does not");
        }

        int forbiddenLinks = linking.Links.Count(l => gold.NoLinks.Contains(l.SourceFile));
        int forbiddenFlags = gold.NoFlags.Sum(file => byFile[file].Flags.Count + linking.QuotesNotFound.Count(q => q.Statement.File == file));
        if (forbiddenFlags > 0)
        {
            problems.Add($"{forbiddenFlags} flags on sources that must carry none");
        }

        return new AlignmentScore(gold.Links.Count, correct, wrongPassage, wrongFidelity, missing, unexpected.Count,
            new Counts(tp, flaggedWrongly, gold.NotFound.Count - tp), forbiddenLinks, forbiddenFlags, problems);
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60];
}
