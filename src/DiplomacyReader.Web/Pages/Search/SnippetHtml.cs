using DiplomacyReader.Data.Search;
using Microsoft.AspNetCore.Html;

namespace DiplomacyReader.Web.Pages.Search;

/// <summary>Writes a search snippet with its hits marked; the text between the markers is encoded like any ingested text.</summary>
public static class SnippetHtml
{
    private const char HitStart = FullTextSearch.HitStart;
    private const char HitEnd = FullTextSearch.HitEnd;

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
