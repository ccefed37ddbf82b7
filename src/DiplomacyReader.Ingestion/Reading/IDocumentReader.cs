using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>Splits the decoded text of one format into ordered blocks.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader handles.</summary>
    SourceFormat Format { get; }

    /// <summary>Reads the blocks of <paramref name="text"/> and what the markup says about the document.</summary>
    ReadResult Read(string text);
}

/// <summary>What a reader found: blocks plus document facts carried by markup (HTML &lt;title&gt;, meta tags).</summary>
public sealed record ReadResult(IReadOnlyList<RawBlock> Blocks, DocumentHints Hints);

/// <summary>Facts the markup states outright; null where it says nothing.</summary>
/// <param name="Title">The document's title.</param>
/// <param name="Publisher">The site or publisher name.</param>
/// <param name="Url">The canonical URL.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Byline">The author line.</param>
/// <param name="Language">The language tag.</param>
/// <param name="IsStoryList">The page lists several stories (an index page) rather than carrying one article.</param>
/// <param name="NextPage">Where a paginated article continues, or null.</param>
public sealed record DocumentHints(string? Title = null, string? Publisher = null, string? Url = null, DateOnly? Date = null, string? Byline = null, string? Language = null, bool IsStoryList = false, string? NextPage = null)
{
    /// <summary>No hints.</summary>
    public static DocumentHints None { get; } = new();
}
