using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>
/// Matches a pattern anchored at its end ("…, the ministry said") against the stretch of text just before a
/// position. Run over everything before the position, such a pattern costs the whole prefix at every cue,
/// and a long passage with many cues then costs the square of its length.
/// </summary>
internal static class TextWindow
{
    /// <summary>Longer than any end-anchored pattern here matches: a name, a 120-character appositive, a few adverbs.</summary>
    public const int Length = 400;

    /// <summary>
    /// <paramref name="pattern"/> matched in up to <see cref="Length"/> characters of <paramref name="text"/>
    /// ending at <paramref name="end"/>, as if they were the whole input; the match's positions are in <paramref name="text"/>.
    /// </summary>
    public static Match Before(Regex pattern, string text, int end)
    {
        int start = Math.Max(0, end - Length);
        return pattern.Match(text, start, end - start);
    }
}
