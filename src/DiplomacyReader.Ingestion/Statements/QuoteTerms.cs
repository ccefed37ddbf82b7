using DiplomacyReader.Ingestion.Knowledge;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// Tells a quotation of someone's words from a quoted name or coined term ("America First", "Global South",
/// "free and open Indo-Pacific"): short, and either capitalised like a name or a topic keyword.
/// </summary>
internal static class QuoteTerms
{
    /// <summary>Quotes of more words than this are always someone's words.</summary>
    private const int TermMaxWords = 4;

    /// <summary>Whether <paramref name="quote"/> is a term rather than a quotation.</summary>
    public static bool IsTerm(string quote, KnowledgeIndex knowledge)
    {
        string[] words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > TermMaxWords)
        {
            return words.Length == 0;
        }

        // Short function words stay lower case in names ("Ministry of Foreign Affairs"); the rest must not.
        string[] significant = words.Where(w => w.Length > 3 || char.IsUpper(w[0])).ToArray();
        bool capitalised = significant.Length > 0 && significant.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
        return capitalised || knowledge.IsTopicKeyword(quote.Trim());
    }

    /// <summary>Lines this short with a quotation in title case are headlines, whoever they are labelled with.</summary>
    private const int HeadlineMaxWords = 12;

    /// <summary>
    /// Whether a labelled line is a sub-headline: short, and its quotations capitalised word by word
    /// ('Kishida: "A Clear Act of Provocation"').
    /// </summary>
    public static bool IsHeadline(string line, IEnumerable<string> quotes)
    {
        string[] quoted = quotes.ToArray();
        return quoted.Length > 0 && Text.TextNormalizer.WordCount(line) <= HeadlineMaxWords && quoted.All(IsTitleCase);
    }

    private static bool IsTitleCase(string quote)
    {
        string[] significant = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToArray();
        return significant.Length >= 2 && significant.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
    }
}
