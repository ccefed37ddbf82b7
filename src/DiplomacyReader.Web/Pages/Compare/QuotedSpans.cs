using Microsoft.AspNetCore.Html;

namespace DiplomacyReader.Web.Pages.Compare;

/// <summary>The stretches of a speech passage that reports render, merged where they overlap, and the passage cut along them.</summary>
public static class QuotedSpans
{
    public static IReadOnlyList<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach ((int start, int end) in spans.Where(s => s.End > s.Start).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    /// <summary>The passage with its quoted stretches in <c>&lt;mark class="quoted"&gt;</c>, the text encoded and not a space added (Razor markup would add some).</summary>
    public static IHtmlContent Render(IEnumerable<(string Text, bool Quoted)> pieces)
    {
        var html = new HtmlContentBuilder();
        foreach ((string text, bool quoted) in pieces)
        {
            if (quoted)
            {
                html.AppendHtml("<mark class=\"quoted\">").Append(text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(text);
            }
        }

        return html;
    }

    /// <summary><paramref name="text"/> in order, as (piece, quoted) pairs; spans outside the text are clamped.</summary>
    public static IEnumerable<(string Text, bool Quoted)> Cut(string text, IReadOnlyList<(int Start, int End)> quoted)
    {
        int at = 0;
        foreach ((int rawStart, int rawEnd) in quoted)
        {
            int start = Math.Clamp(rawStart, at, text.Length);
            int end = Math.Clamp(rawEnd, start, text.Length);
            if (start > at)
            {
                yield return (text[at..start], false);
            }

            if (end > start)
            {
                yield return (text[start..end], true);
            }

            at = end;
        }

        if (at < text.Length)
        {
            yield return (text[at..], false);
        }
    }
}
