namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>A role that actors hold over time ("Prime Minister").</summary>
/// <param name="Key">Stable key ("prime-minister").</param>
/// <param name="Title">Display title.</param>
/// <param name="Aliases">Lower-case phrasings used in text ("foreign minister", "top government spokesman").</param>
public sealed record RoleEntry(string Key, string Title, IReadOnlyList<string> Aliases)
{
    /// <summary>The role's titles in Japanese, formal and short (外務大臣, 外相): what Japanese text puts after a name.</summary>
    public IReadOnlyList<string> NativeTitles { get; init; } = [];
}

/// <summary>A role held by an actor for a period: [From, To), To null while in office.</summary>
public sealed record TenureEntry(string Role, string Country, DateOnly From, DateOnly? To)
{
    /// <summary>Whether the tenure covers the given day.</summary>
    public bool Covers(DateOnly day) => day >= From && (To is null || day < To);
}

/// <summary>A person or body the app knows.</summary>
public sealed record ActorEntry(string Key, string Name, string Kind, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<TenureEntry> Roles)
{
    /// <summary>The name in the person's own script and, for Japanese, its reading (岩屋毅, いわや たけし): what a search in that language types.</summary>
    public IReadOnlyList<string> NativeNames { get; init; } = [];

    /// <summary>A Japanese actor's family name in kanji (岩屋), as titles follow it: 岩屋外相, 岩屋氏.</summary>
    public string? NativeFamilyName { get; init; }
}

/// <summary>A country with the words that name it in text.</summary>
public sealed record CountryEntry(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals)
{
    /// <summary>The country's names in Japanese (中国, 米国, アメリカ), found as substrings: Japanese is written without spaces.</summary>
    public IReadOnlyList<string> NativeNames { get; init; } = [];
}

/// <summary>A topic of the taxonomy with the keywords that signal it.</summary>
public sealed record TopicEntry(string Slug, string Name, IReadOnlyList<string> Keywords)
{
    /// <summary>Keywords in Japanese (尖閣, 拉致), found as substrings.</summary>
    public IReadOnlyList<string> NativeKeywords { get; init; } = [];
}

/// <summary>A news outlet or publishing body with the ways a page names it.</summary>
public sealed record PublisherEntry(string Name, IReadOnlyList<string> Aliases);
