namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// The shape of one word of a person's name, for the patterns that find names the knowledge base does not know:
/// capitalised in any script's letters ("Calderón"), with the prefixes that carry a second capital ("McCain",
/// "O’Malley", "D’Souza", "DeSantis", "LaHood", "VanderSloot").
/// </summary>
internal static class NameWords
{
    private const string Prefix = @"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Di|Van|Vander|Von|Du)?";

    /// <summary>A word of a name.</summary>
    public const string Word = Prefix + @"\p{Lu}\p{Ll}+";

    /// <summary>A full name: two or three such words, a middle initial after the first if it has one ("Robert P. Casey").</summary>
    public const string FullName = Word + @"(?: [A-Z]\.)?(?:[ -]" + Word + @"){1,2}";

    /// <summary>A word that may be a surname standing alone: three letters or more.</summary>
    public const string Surname = Prefix + @"\p{Lu}\p{Ll}{2,}";
}
