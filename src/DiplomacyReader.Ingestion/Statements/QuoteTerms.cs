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
}
