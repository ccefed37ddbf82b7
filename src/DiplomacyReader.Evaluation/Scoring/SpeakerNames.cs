namespace DiplomacyReader.Evaluation.Scoring;

/// <summary>How a predicted speaker is compared with the gold one.</summary>
public enum SpeakerRule
{
    /// <summary>The knowledge base's name, exactly (our own gold sets name speakers that way).</summary>
    ExactName,

    /// <summary>
    /// A shared capitalised word of three letters or more that is not a title: PolNeAR names speakers as the
    /// article does ("Clinton", "Sen. Ted Cruz"), corpora of real coverage spell them their own way
    /// ("Yoon Suk-yeol", "Ferdinand Marcos Jr.").
    /// </summary>
    SharedName,
}

/// <summary>Compares speaker names under a <see cref="SpeakerRule"/>.</summary>
public static class SpeakerNames
{
    // Words of titles and honorifics that name no one in particular.
    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Gov", "Governor", "President", "Vice", "Prime", "Minister",
        "Secretary", "General", "Chief", "Cabinet", "Foreign", "Defense", "Defence", "Spokesperson", "Spokesman", "Spokeswoman",
        "Former", "The", "And", "Sir", "Lord", "Lady", "Jr", "Sr", "Mayor", "Speaker", "Leader", "Chairman", "Ambassador",
    };

    private static readonly char[] s_separators = [' ', '\u00A0', '\t', '\n', '\r', '\u2009', '\u202F', '-', '.', ',', '\'', '’', '(', ')'];

    /// <summary>Whether <paramref name="predicted"/> names the gold speaker; both null counts as a match.</summary>
    public static bool Match(string? predicted, string? gold, SpeakerRule rule)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null;
        }

        if (rule == SpeakerRule.ExactName)
        {
            return predicted == gold;
        }

        HashSet<string> goldWords = NameWords(gold);
        return NameWords(predicted).Overlaps(goldWords);
    }

    // Any white space separates words: PolNeAR's sources keep the article's no-break spaces ("Sen.\u00A0Sanders").
    private static HashSet<string> NameWords(string name) =>
        name.Split(s_separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && !s_titles.Contains(w))
            .Select(w => w.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
