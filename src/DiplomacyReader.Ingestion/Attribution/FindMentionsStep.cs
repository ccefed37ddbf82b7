using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>Finds the people each passage of the article refers to; comments and site chrome are skipped.</summary>
public sealed class FindMentionsStep(MentionFinder finder) : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        foreach (Passage passage in context.Passages.Where(p => IsArticleText(p.Kind)))
        {
            context.Mentions[passage.Index] = finder.Find(passage.Text, allowNewNames: passage.Kind != PassageKind.Heading);
        }
    }

    /// <summary>Whether a passage of this kind is part of the article (not comments, chrome or labels).</summary>
    public static bool IsArticleText(PassageKind kind) =>
        kind is not (PassageKind.Comment or PassageKind.Boilerplate or PassageKind.Metadata);
}
