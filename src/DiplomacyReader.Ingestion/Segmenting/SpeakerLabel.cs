using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Segmenting;

/// <summary>
/// The "Name:" label that opens a turn in a transcript: "Minister Iwaya:", "Reporter (NHK):", "Lin Jian:",
/// "Q:", "AFP:". Who speaks decides whether the turn is the official's answer or a reporter's question.
/// </summary>
internal static partial class SpeakerLabel
{
    /// <summary>The label at the start of <paramref name="text"/> and where the spoken words begin, or null.</summary>
    public static (string Label, int BodyStart)? Parse(string text)
    {
        Match match = Label().Match(text);
        if (!match.Success)
        {
            match = TitledLabel().Match(text);
        }

        return match.Success ? (match.Groups["label"].Value.Trim(), match.Length) : null;
    }

    /// <summary>Whether a label names a questioner rather than a speaker with a name.</summary>
    public static bool IsQuestioner(string label) => Questioner().IsMatch(label);

    /// <summary>Whether <paramref name="label"/> names the person called <paramref name="name"/> ("Minister Iwaya", "IWAYA", "A").</summary>
    public static bool Names(string label, string name)
    {
        if (label is "A" or "Answer")
        {
            return true;
        }

        string[] labelWords = label.Split([' ', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
        return name.Split(' ').Any(part => part.Length >= 2 && labelWords.Contains(part, StringComparer.OrdinalIgnoreCase));
    }

    // One to nine capitalised words (or a parenthesis) then a colon, at the start of a turn; a comma may set
    // the role after the name ("Ms. KAMIKAWA Yoko, Minister for Foreign Affairs:").
    [GeneratedRegex(@"^(?<label>(?:[A-Z][\w.'’-]*|\([^)]{1,40}\))(?:,?\s+(?:[A-Z][\w.'’-]*|of|the|and|for|\([^)]{1,40}\))){0,8})\s*[:：]\s+(?=\S)")]
    private static partial Regex Label();

    // The American Presidency Project's style: "President Biden. Well, Fumio…", "Prime Minister Kishida. [In Japanese]".
    // A title and one or two names, then a full stop: too short to be a sentence of its own.
    [GeneratedRegex(@"^(?<label>(?:The President|The Vice President|(?:President|Vice President|Prime Minister|Secretary|Minister|Ambassador|Chairman|Spokesperson|Mr\.|Ms\.|Mrs\.|Dr\.)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\.\s+(?=[A-Z\[“""])")]
    private static partial Regex TitledLabel();

    [GeneratedRegex(@"^(Q|Question|Reporter|Journalist|Correspondent|Questioner|Participant|Audience)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Questioner();
}
