using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: "quoted phrases" stay phrases, a trailing * makes a
/// prefix, every other character is dropped. Each term is quoted, so FTS5 syntax in the input
/// (AND, NEAR, column filters, stray quotes) can never cause an error.
/// </summary>
public static partial class FullTextQuery
{
    /// <summary>The FTS5 query, or null when the input has no searchable word.</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<string>();
        foreach (Match part in Part().Matches(input))
        {
            if (part.Groups["phrase"].Success)
            {
                string words = string.Join(' ', Words(part.Groups["phrase"].Value));
                if (words.Length > 0)
                {
                    terms.Add($"\"{words}\"");
                }

                continue;
            }

            string word = string.Join(' ', Words(part.Groups["word"].Value));
            if (word.Length > 0)
            {
                terms.Add(part.Groups["prefix"].Success ? $"\"{word}\"*" : $"\"{word}\"");
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    [GeneratedRegex(@"""(?<phrase>[^""]*)""?|(?<word>[^\s""*]+)(?<prefix>\*)?")]
    private static partial Regex Part();
}
