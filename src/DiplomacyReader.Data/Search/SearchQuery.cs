namespace DiplomacyReader.Data.Search;

/// <summary>
/// What a user typed, as alternatives: <c>Iwaya OR Ishiba</c> finds what holds either, each alternative
/// holding all of its own terms (<see cref="SearchTerms"/>). Only an upper-case OR standing alone separates
/// alternatives; a lower-case "or" is a word like any other.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerms> Alternatives)
{
    /// <summary>Alternatives past this many are dropped: each is a query of its own.</summary>
    public const int MaxAlternatives = 8;

    /// <summary>The query, or null when no alternative has a searchable word.</summary>
    public static SearchQuery? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        List<SearchTerms> alternatives = SearchTerms.SplitAlternatives(input)
            .Select(SearchTerms.Parse)
            .OfType<SearchTerms>()
            .Take(MaxAlternatives)
            .ToList();
        return alternatives.Count == 0 ? null : new SearchQuery(alternatives);
    }

    /// <summary>Every substring term of every alternative, for marking snippets the index did not cut.</summary>
    public IReadOnlyList<string> Substrings => Alternatives.SelectMany(a => a.Substrings).Distinct().ToList();

    /// <summary>The alternatives a word index answers in part or whole.</summary>
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Indexed => Alternatives.Select(a => a.Indexed).Where(i => i.Count > 0).ToList();
}
