using AngleSharp.Dom;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// Tells an index page (a section front, a list of stories) from an article. On an index page nearly every
/// paragraph is a story summary sitting alone in its own small card next to a headline link to that story;
/// an article's paragraphs follow one another in a few shared containers.
/// </summary>
public static class StoryList
{
    private const int MinSummaries = 5;
    private const int CardMaxLength = 800;
    private const int HeadlineMinLength = 15;

    /// <summary>Whether the article containers <paramref name="roots"/> hold a list of story summaries rather than one story.</summary>
    public static bool Is(IReadOnlyList<IElement> roots)
    {
        IElement[] paragraphs = roots.SelectMany(r => r.QuerySelectorAll("p"))
            .Where(p => TextNormalizer.Collapse(p.TextContent).Length >= 80 && ContentRoot.LinkDensity(p) < 0.25)
            .ToArray();
        int summaries = paragraphs.Count(p => IsSummary(p, roots));
        int containers = paragraphs.Select(p => p.ParentElement).Distinct().Count();
        return summaries >= MinSummaries && summaries * 4 >= paragraphs.Length * 3 && containers * 4 >= paragraphs.Length * 3;
    }

    // A summary shares a small card with a headline-length link that is not part of the summary itself.
    private static bool IsSummary(IElement paragraph, IReadOnlyList<IElement> roots)
    {
        for (IElement? card = paragraph.ParentElement; card is not null && !roots.Contains(card); card = card.ParentElement)
        {
            if (TextNormalizer.Collapse(card.TextContent).Length > CardMaxLength)
            {
                return false;
            }

            if (card.QuerySelectorAll("a").Any(a => !paragraph.Contains(a) && TextNormalizer.Collapse(a.TextContent).Length >= HeadlineMinLength))
            {
                return true;
            }
        }

        return false;
    }
}
