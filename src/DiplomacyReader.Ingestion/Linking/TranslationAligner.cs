using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>An English passage and the Japanese passage it translates, with how well they fit.</summary>
/// <param name="EnglishPassage">The English passage's index.</param>
/// <param name="JapanesePassage">The Japanese passage's index.</param>
/// <param name="Fit">exp(−cost) of the alignment step: 1 for lengths in the usual ratio with nothing else to go on, above 1 where numbers and names agree too.</param>
public sealed record PassageTranslation(int EnglishPassage, int JapanesePassage, double Fit)
{
    /// <summary>How sure the alignment is, 0..1, as the export gives it.</summary>
    public double Score => Math.Min(1, Fit);
}

/// <summary>
/// Aligns the passages of an official English version with its Japanese original, as sentence aligners
/// for parallel text do (Gale and Church): in order, one passage to one or two, by length (Japanese runs
/// at a steady ratio of characters to English), by the numbers both print (dates, counts, G7), and by the
/// countries and people both name through the knowledge base. Passages of either side may have nothing
/// on the other (a translator's note, an excerpt that stops early).
/// </summary>
public static partial class TranslationAligner
{
    /// <summary>Japanese characters per English character, roughly, in MOFA's and the Kantei's versions.</summary>
    public const double JapanesePerEnglish = 0.36;

    private const double SkipCost = 1.6;
    private const double TwoToOneCost = 0.35;

    /// <summary>The passages a translation holds: what is said, and its headings.</summary>
    public static bool Carries(PassageKind kind) => kind is PassageKind.Heading or PassageKind.Paragraph or PassageKind.Answer or PassageKind.Question or PassageKind.List;

    /// <summary>Each English passage's Japanese counterparts; an English passage may take two Japanese ones, and two English one Japanese.</summary>
    public static IReadOnlyList<PassageTranslation> Align(IReadOnlyList<PassageRecord> english, IReadOnlyList<PassageRecord> japanese, KnowledgeIndex knowledge)
    {
        PassageRecord[] en = english.Where(p => Carries(p.Kind) && !IsNote(p.Text)).ToArray();
        PassageRecord[] ja = japanese.Where(p => Carries(p.Kind)).ToArray();
        if (en.Length == 0 || ja.Length == 0)
        {
            return [];
        }

        Features[] ef = en.Select(p => Features.OfEnglish(p.Text, knowledge)).ToArray();
        Features[] jf = ja.Select(p => Features.OfJapanese(p.Text, knowledge)).ToArray();
        // Japanese characters per English character in official translations: a constant, since either side may be
        // an excerpt that stops early, which would make the documents' totals misleading.
        const double ratio = JapanesePerEnglish;
        int n = en.Length, m = ja.Length;
        var cost = new double[n + 1, m + 1];
        var step = new (int Di, int Dj)[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                cost[i, j] = double.MaxValue;
                foreach ((int di, int dj) in s_moves)
                {
                    if (i - di < 0 || j - dj < 0 || cost[i - di, j - dj] == double.MaxValue)
                    {
                        continue;
                    }

                    double here = cost[i - di, j - dj] + MoveCost(ef, jf, i - di, di, j - dj, dj, ratio);
                    if (here < cost[i, j])
                    {
                        (cost[i, j], step[i, j]) = (here, (di, dj));
                    }
                }
            }
        }

        // The Japanese excerpt may end before the English does (or the reverse): the best end on either edge.
        (int bi, int bj) = Enumerable.Range(0, n + 1).Select(i => (i, m)).Concat(Enumerable.Range(0, m + 1).Select(j => (n, j)))
            .MinBy(e => cost[e.Item1, e.Item2] + SkipCost * 0.5 * ((n - e.Item1) + (m - e.Item2)));
        var found = new List<PassageTranslation>();
        for (int i = bi, j = bj; i > 0 || j > 0;)
        {
            (int di, int dj) = step[i, j];
            if (di > 0 && dj > 0)
            {
                double fit = Math.Round(Math.Exp(-MoveCost(ef, jf, i - di, di, j - dj, dj, ratio)), 2);
                for (int a = i - di; a < i; a++)
                {
                    for (int b = j - dj; b < j; b++)
                    {
                        found.Add(new PassageTranslation(en[a].Index, ja[b].Index, fit));
                    }
                }
            }

            (i, j) = (i - di, j - dj);
        }

        found.Reverse();
        return found;
    }

    private static readonly (int, int)[] s_moves = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)];

    private static double MoveCost(Features[] en, Features[] ja, int i, int di, int j, int dj, double ratio)
    {
        if (di == 0 || dj == 0)
        {
            return SkipCost;
        }

        Features e = di == 1 ? en[i] : en[i].With(en[i + 1]);
        Features f = dj == 1 ? ja[j] : ja[j].With(ja[j + 1]);
        double length = Math.Abs(Math.Log((f.Length + 8) / (ratio * e.Length + 8)));
        double anchors = Shared(e.Anchors, f.Anchors);
        double heading = e.IsHeading == f.IsHeading ? 0 : 0.5;
        return length + heading - 0.8 * anchors + (di + dj > 2 ? TwoToOneCost : 0);
    }

    // Shared numbers, countries and people, as a share of those either has; 0 when neither has any.
    private static double Shared(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Intersect(b).Count() / (a.Count + b.Count);

    // "This is a provisional translation…": the English version's note, which the original does not have.
    private static bool IsNote(string text) => text.Contains("provisional translation", StringComparison.OrdinalIgnoreCase) && text.Length < 200;

    private sealed record Features(int Length, HashSet<string> Anchors, bool IsHeading)
    {
        public Features With(Features next) => new(Length + next.Length, [.. Anchors, .. next.Anchors], IsHeading && next.IsHeading);

        public static Features OfEnglish(string text, KnowledgeIndex knowledge)
        {
            var anchors = new HashSet<string>(Numbers().Matches(text).Select(m => m.Value));
            anchors.UnionWith(knowledge.CountriesIn(text));
            anchors.UnionWith(knowledge.Base.Actors.Where(a => a.NativeFamilyName is not null && a.Name.Split(' ').Any(w => w.Length > 2 && text.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(a => a.Key));
            return new Features(text.Length, anchors, text.Length < 80 && !text.TrimEnd().EndsWith('.'));
        }

        public static Features OfJapanese(string text, KnowledgeIndex knowledge)
        {
            var anchors = new HashSet<string>(Numbers().Matches(text).Select(m => m.Value));
            anchors.UnionWith(knowledge.CountriesInJapanese(text));
            anchors.UnionWith(knowledge.FamilyNamesIn(text));
            return new Features(text.Length, anchors, text.Length < 30 && !text.TrimEnd().EndsWith('。'));
        }
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Numbers();
}
