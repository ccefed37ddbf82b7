using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyReader.Data.Search;

/// <summary>One thing to find: a word, a prefix (<c>alli*</c>) or a phrase of words in order.</summary>
/// <param name="Words">Letters and digits only: whatever else the user typed is gone before any database sees it.</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool IsPrefix)
{
    /// <summary>
    /// Japanese and Chinese are written without spaces, so a word-based index holds whole runs of characters
    /// as one token and 尖閣 would never match 尖閣諸島: such terms are matched as substrings instead.
    /// </summary>
    public bool IsUnspaced => Words.Any(w => w.Any(Ingestion.Text.TextNormalizer.IsCjk));

    /// <summary>The term as it appears in text: the words with single spaces.</summary>
    public string Text => string.Join(' ', Words);
}

/// <summary>
/// What a user typed into a search box, as terms every provider can match safely: "quoted phrases" stay
/// phrases, a trailing * makes a prefix, every character that is not a letter or a digit is dropped. Each
/// provider writes its own query from the terms (FTS5 MATCH, tsquery), so search syntax in the input (AND,
/// NEAR, column filters, stray quotes, <c>:*</c>, <c>!</c>) never reaches a database.
/// </summary>
public sealed partial record SearchTerms(IReadOnlyList<SearchTerm> All)
{
    /// <summary>The terms, or null when the input has no searchable word.</summary>
    public static SearchTerms? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<SearchTerm>();
        foreach (Match part in Part().Matches(input))
        {
            bool phrase = part.Groups["phrase"].Success;
            List<string> words = Words(phrase ? part.Groups["phrase"].Value : part.Groups["word"].Value).ToList();
            if (words.Count > 0)
            {
                terms.Add(new SearchTerm(words, IsPrefix: !phrase && part.Groups["prefix"].Success));
            }
        }

        return terms.Count == 0 ? null : new SearchTerms(terms);
    }

    /// <summary>The input cut at each upper-case OR standing alone outside quotes: the alternatives of a <see cref="SearchQuery"/>.</summary>
    public static IEnumerable<string> SplitAlternatives(string input)
    {
        int start = 0;
        foreach (Match part in Part().Matches(input))
        {
            if (part.Groups["word"].Success && part.Groups["word"].Value == "OR" && !part.Groups["prefix"].Success)
            {
                yield return input[start..part.Index];
                start = part.Index + part.Length;
            }
        }

        yield return input[start..];
    }

    /// <summary>The terms a word index answers (everything not in an unspaced script).</summary>
    public IReadOnlyList<SearchTerm> Indexed => All.Where(t => !t.IsUnspaced).ToList();

    /// <summary>The terms matched as substrings (see <see cref="SearchTerm.IsUnspaced"/>).</summary>
    public IReadOnlyList<string> Substrings => All.Where(t => t.IsUnspaced).Select(t => t.Text).ToList();

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
