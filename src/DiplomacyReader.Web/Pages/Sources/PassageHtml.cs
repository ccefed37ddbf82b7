using System.Text.Encodings.Web;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>
/// Writes a passage's text with its statements marked. Built in code rather than in Razor so that no
/// template whitespace slips between a quote and its punctuation; every piece of ingested text goes through
/// <see cref="HtmlContentBuilder.Append(string)"/>, which encodes it.
/// </summary>
public static class PassageHtml
{
    public static IHtmlContent Render(IReadOnlyList<PassageSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (PassageSegment segment in segments)
        {
            if (segment.Statement is not HighlightedStatement statement)
            {
                html.Append(segment.Text);
                continue;
            }

            string kind = Names.Of(statement.Kind);
            string title = $"{kind} statement" + (statement.Speaker is null ? ", speaker unknown" : " by " + statement.Speaker);
            html.AppendHtml($"<mark id=\"{Attribute(statement.Key)}\" class=\"statement kind-{kind}\" title=\"{Attribute(title)}\">");
            foreach (QuotePart part in segment.Parts)
            {
                if (part.QuoteKey is null)
                {
                    html.Append(part.Text);
                    continue;
                }

                string id = part.QuoteKey == statement.Key ? string.Empty : $" id=\"{Attribute(part.QuoteKey)}\"";
                html.AppendHtml($"<span class=\"quoted\"{id}>").Append(part.Text).AppendHtml("</span>");
            }

            html.AppendHtml("</mark>");
        }

        return html;
    }

    private static string Attribute(string value) => HtmlEncoder.Default.Encode(value);
}
