namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>A language tag as readers know it: "ja" is Japanese, "en-GB" English. Tags not listed show as written.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ja"] = "Japanese", ["en"] = "English", ["zh"] = "Chinese", ["ko"] = "Korean", ["fr"] = "French", ["de"] = "German",
        ["es"] = "Spanish", ["pt"] = "Portuguese", ["ru"] = "Russian", ["ar"] = "Arabic", ["it"] = "Italian", ["vi"] = "Vietnamese",
    };

    public static string Of(string tag) => s_names.GetValueOrDefault(tag.Split('-')[0]) ?? tag;
}
