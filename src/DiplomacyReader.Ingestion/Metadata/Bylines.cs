using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// Author names as a reader wants them: "Jane Doe and John Roe", not "By JANE DOE" or a profile URL.
/// What the markup states comes first; otherwise a "By …" line near the top of the text.
/// </summary>
public static partial class Bylines
{
    private const int MaxLength = 200;

    /// <summary>The names in a stated author field, or null when it holds none (empty, a URL, a paragraph).</summary>
    public static string? Clean(string? stated)
    {
        if (string.IsNullOrWhiteSpace(stated))
        {
            return null;
        }

        string text = TrailingDate().Replace(ByPrefix().Replace(TextNormalizer.Collapse(stated), string.Empty), string.Empty).Trim(' ', ',', '|', '-', '·');
        bool names = text.Split(' ').Any(word => word.Count(char.IsLetter) >= 2); // "J J" is initials left by a template, not a name
        return !names || text.Length > MaxLength || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    /// <summary>The names of a "By Jane Doe, Kyodo" line among the first passages, or null.</summary>
    public static string? FromText(IReadOnlyList<PassageRecord> passages)
    {
        foreach (PassageRecord passage in passages.Take(12))
        {
            Match match = ByLine().Match(passage.Text);
            if (match.Success)
            {
                return Clean(match.Groups["names"].Value);
            }
        }

        return null;
    }

    /// <summary>A language tag ("en", "ja-JP") from what a page declares, or null when it is not one.</summary>
    public static string? Language(string? declared) =>
        declared?.Trim().Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } tag && LanguageTag().IsMatch(tag) ? tag : null;

    [GeneratedRegex(@"^(?:by|par|von|por|di|door)[:\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    // Templates run the date or time on after the names: "Sarah Archer 1:39 PM ET", "Nathan Willis March 25, 2015".
    [GeneratedRegex(@"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?\d.*$")]
    private static partial Regex TrailingDate();

    // "By Jane Doe", "By JANE DOE and John Roe, Kyodo", "By Jane Doe | Updated …": capitalised names only.
    [GeneratedRegex(@"^By\s+(?<names>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*?)\s*(?:$|[,|•·—–]|\s-\s|\s(?:in|for|on)\s)")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
