namespace DiplomacyReader.Data;

/// <summary>Slugs made unique by a number: "slug", "slug-2", "slug-3"…</summary>
public static class UniqueSlugs
{
    /// <summary>
    /// A slug that <paramref name="taken"/> says is free: the slug itself, or the number after the run of numbered
    /// slugs already taken ("slug-800" after "slug-2" … "slug-799"). <paramref name="taken"/> must only look.
    /// </summary>
    /// <remarks>
    /// Titles repeat ("Press Conference by Foreign Minister …" every week for years), so the run is found by
    /// doubling, then halving, in a few lookups instead of one a slug taken. Slugs are only ever added, so the
    /// run has no gaps; where another writer left one, the slug given is free all the same, only not the lowest.
    /// </remarks>
    public static async Task<string> FreeAsync(string slug, Func<string, Task<bool>> taken)
    {
        if (!await taken(slug))
        {
            return slug;
        }

        // Taken: the bare slug (1) and every number up to low; free: high.
        int low = 1, high = 2;
        while (await taken(Numbered(slug, high)))
        {
            (low, high) = (high, high * 2);
        }

        while (high - low > 1)
        {
            int middle = low + (high - low) / 2;
            if (await taken(Numbered(slug, middle)))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return Numbered(slug, high);
    }

    private static string Numbered(string slug, int n) => $"{slug}-{n}";
}
