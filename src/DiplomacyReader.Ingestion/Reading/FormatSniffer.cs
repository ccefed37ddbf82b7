using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>Decides a document's format from its content; the file extension only breaks ties.</summary>
public static partial class FormatSniffer
{
    // What a browser's "save page, complete" writes beside the page: scripts, styles, images, fonts, media.
    private static readonly HashSet<string> s_pageAssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".css", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp",
        ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp4", ".webm", ".mp3", ".wasm",
    };

    /// <summary>Whether <paramref name="fileName"/> names a script, style sheet, image, font or media file rather than a document.</summary>
    public static bool IsPageAsset(string fileName) => s_pageAssetExtensions.Contains(Path.GetExtension(fileName));

    /// <summary>The format of <paramref name="text"/>.</summary>
    public static SourceFormat Sniff(string fileName, string text)
    {
        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (HtmlStart().IsMatch(head) || HtmlTags().Count(head) >= 3)
        {
            return SourceFormat.Html;
        }

        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        int markdownSignals = MarkdownStrong().Count(text) * 2 + MarkdownWeak().Count(text);
        if (markdownSignals >= 2 || (markdownSignals >= 1 && extension is ".md" or ".markdown"))
        {
            return SourceFormat.Markdown;
        }

        return extension is ".md" or ".markdown" ? SourceFormat.Markdown : SourceFormat.Text;
    }

    [GeneratedRegex(@"^(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(p|div|body|head|article|span|a\s+href)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTags();

    // A pipe-table separator row or an ATX heading is hard to write by accident.
    [GeneratedRegex(@"^(\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?|#{1,6}\s+\S.*)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownStrong();

    [GeneratedRegex(@"(\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^```|^>\s)", RegexOptions.Multiline)]
    private static partial Regex MarkdownWeak();
}
