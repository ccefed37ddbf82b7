using System.Text;

namespace DiplomacyReader.Data.Search;

/// <summary>A snippet cut around the first substring hit, with every hit inside it marked: the database has no word index to cut one for such terms.</summary>
internal static class SubstringSnippet
{
    private const int Before = 40;
    private const int Length = 160;

    /// <summary>A snippet the index cut, with the substring terms marked in it too.</summary>
    public static string MarkWithin(string snippet, IReadOnlyList<string> parts) =>
        parts.Where(p => p.Length > 0).Aggregate(snippet, (marked, part) => marked.Replace(part, $"{FullTextSearch.HitStart}{part}{FullTextSearch.HitEnd}", StringComparison.Ordinal));

    public static string Mark(string text, IReadOnlyList<string> parts)
    {
        int first = parts.Select(p => text.IndexOf(p, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        int start = Math.Max(0, first - Before);
        int end = Math.Min(text.Length, start + Length);
        string window = text[start..end];
        var marked = new StringBuilder(start > 0 ? "…" : "");
        int at = 0;
        while (at < window.Length)
        {
            string? hit = parts.Where(p => p.Length > 0 && string.CompareOrdinal(window, at, p, 0, p.Length) == 0).MaxBy(p => p.Length);
            if (hit is null)
            {
                marked.Append(window[at++]);
                continue;
            }

            marked.Append(FullTextSearch.HitStart).Append(hit).Append(FullTextSearch.HitEnd);
            at += hit.Length;
        }

        return marked.Append(end < text.Length ? "…" : "").ToString();
    }
}
