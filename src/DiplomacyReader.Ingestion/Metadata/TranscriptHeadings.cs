using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// The lines that announce a transcript: "Remarks by …", "Press Conference by …", "… delivered 11 April 2024",
/// "[Provisional translation]". The title comes from them, and so do the kind and the speaker.
/// </summary>
internal static partial class TranscriptHeadings
{
    // "Remarks by President Biden, President Yoon Suk Yeol of the Republic of Korea, and Prime Minister Kishida
    // Fumio of Japan in Joint Press Conference": too long to be read as a heading, yet a title, not a sentence.
    public static PassageRecord? TranscriptTitleLine(IReadOnlyList<PassageRecord> passages) =>
        passages.FirstOrDefault() is { Kind: PassageKind.Paragraph } first
            && first.Text.TrimEnd() is { Length: > 0 } line && line[^1] is not ('.' or '!' or '?' or ':' or '”' or '"')
            && TextNormalizer.WordCount(line) <= 40 && !line.Contains('\n') && TranscriptHeading().IsMatch(line) && SpeakerLine().IsMatch(line)
            ? first : null;

    public static bool HasTranscriptHeading(IReadOnlyList<PassageRecord> passages) =>
        TranscriptTitleLine(passages) is not null
        || passages.Take(5).Any(p => p.Kind is PassageKind.Heading or PassageKind.Metadata && TranscriptHeading().IsMatch(p.Text));

    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+delivered\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})")]
    public static partial Regex DeliveredLine();

    [GeneratedRegex(@"\b(?:speech(?:es)?|remarks|address|statement|press conference|policy speech|keynote|interview|briefing)\b.*?\bby\s+(?:the\s+)?(?<who>.+)$", RegexOptions.IgnoreCase)]
    public static partial Regex SpeakerLine();

    // "Interview with Prime Minister ISHIBA Shigeru by NHK": the one interviewed speaks, not the outlet.
    [GeneratedRegex(@"\binterview\s+with\s+(?:the\s+)?(?<who>.+?)(?:\s+by\s+.+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex InterviewLine();

    // "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on January 20, 2025".
    [GeneratedRegex(@"^(?<who>.+?)['’]s\s+(?:regular\s+)?(?:press conference|press briefing|briefing|remarks|speech|statement|address)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PossessiveSpeakerLine();

    [GeneratedRegex(@"\b(?:speech(?:es)?|remarks|address|press conference|press briefing|transcript|delivered|provisional translation|opening statement)\b", RegexOptions.IgnoreCase)]
    public static partial Regex TranscriptHeading();
}
