using Microsoft.AspNetCore.Html;

namespace DiplomacyReader.Web.Pages.Search;

/// <summary>Writes an FTS5 snippet with its hits marked; the text between the markers is encoded like any ingested text.</summary>
public static class SnippetHtml
{
    public const char HitStart = '\u0002';
    public const char HitEnd = '\u0003';

    public static IHtmlContent Render(string snippet)
    {
        var html = new HtmlContentBuilder();
        int position = 0;
        while (position < snippet.Length)
        {
            int start = snippet.IndexOf(HitStart, position);
            if (start < 0)
            {
                html.Append(snippet[position..]);
                break;
            }

            int end = snippet.IndexOf(HitEnd, start);
            end = end < 0 ? snippet.Length : end;
            html.Append(snippet[position..start]).AppendHtml("<mark>").Append(snippet[(start + 1)..end]).AppendHtml("</mark>");
            position = end + 1;
        }

        return html;
    }
}
