namespace DiplomacyReader.Data;

/// <summary>Slugs made unique by a number: "slug", "slug-2", "slug-3"…</summary>
public static class UniqueSlugs
{
    /// <summary>The first of "slug", "slug-2", … that <paramref name="taken"/> says is free.</summary>
    public static async Task<string> FreeAsync(string slug, Func<string, Task<bool>> taken)
    {
        string candidate = slug;
        for (int n = 2; await taken(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
