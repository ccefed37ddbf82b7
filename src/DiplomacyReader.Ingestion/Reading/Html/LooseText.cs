using AngleSharp.Dom;

namespace DiplomacyReader.Ingestion.Reading.Html;

/// <summary>
/// Gives loose text a paragraph of its own, as Readability does: older pages put the story straight into a
/// <c>div</c> as text separated by <c>&lt;br&gt;&lt;br&gt;</c>, often next to photo boxes. Each run of text
/// and inline elements that sits beside block elements, or between double line breaks, is wrapped in a
/// new <c>p</c>, so that the scorer counts it and the reader keeps it as its own paragraph.
/// </summary>
internal static class LooseText
{
    private static readonly HashSet<string> s_containers = ["body", "div", "section", "article", "main", "td", "center"];

    private static readonly HashSet<string> s_blocks =
        ["p", "div", "section", "article", "main", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "aside", "form", "hr", "center"];

    /// <summary>
    /// Wraps the loose text runs under <paramref name="body"/>. New paragraphs have no source position of their
    /// own; <paramref name="positions"/> receives the position of the markup each one starts at.
    /// </summary>
    public static void Wrap(IElement body, IDictionary<IElement, int> positions)
    {
        foreach (IElement container in body.QuerySelectorAll(string.Join(',', s_containers)).Prepend(body).ToArray())
        {
            bool beside = container.Children.Any(c => s_blocks.Contains(c.LocalName));
            if (!beside && !HasDoubleBreak(container))
            {
                continue;
            }

            var run = new List<INode>();
            int position = container.SourceReference?.Position.Index ?? 0;
            INode[] children = container.ChildNodes.ToArray();
            for (int i = 0; i < children.Length; i++)
            {
                INode node = children[i];
                if (node is IElement element && s_blocks.Contains(element.LocalName))
                {
                    Flush(container, run, position, positions);
                    position = element.SourceReference?.Position.Index ?? position;
                    continue;
                }

                if (IsBreak(node) && NextNonBlank(children, i) is int next && IsBreak(children[next]))
                {
                    Flush(container, run, position, positions);
                    position = (children[next] as IElement)?.SourceReference?.Position.Index ?? position;
                    i = next;
                    continue;
                }

                if (run.Count == 0 && node is IElement first && first.SourceReference is { } reference)
                {
                    position = reference.Position.Index;
                }

                run.Add(node);
            }

            Flush(container, run, position, positions);
        }
    }

    private static void Flush(IElement container, List<INode> run, int position, IDictionary<IElement, int> positions)
    {
        if (run.Count > 0 && run.Any(n => !string.IsNullOrWhiteSpace(n.TextContent)))
        {
            IElement paragraph = container.Owner!.CreateElement("p");
            container.InsertBefore(paragraph, run[0]);
            foreach (INode node in run)
            {
                paragraph.AppendChild(node);
            }

            positions[paragraph] = position;
        }

        run.Clear();
    }

    private static bool HasDoubleBreak(IElement container)
    {
        INode[] children = container.ChildNodes.ToArray();
        return children.Select((node, i) => IsBreak(node) && NextNonBlank(children, i) is int next && IsBreak(children[next])).Any(b => b);
    }

    private static bool IsBreak(INode node) => node is IElement { LocalName: "br" };

    private static int? NextNonBlank(INode[] nodes, int index)
    {
        for (int i = index + 1; i < nodes.Length; i++)
        {
            if (nodes[i] is not IText text || !string.IsNullOrWhiteSpace(text.Data))
            {
                return i;
            }
        }

        return null;
    }
}
