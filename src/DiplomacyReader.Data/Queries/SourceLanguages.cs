using System.Linq.Expressions;
using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Queries;

/// <summary>The language filter of the sources and statements lists: which languages there are, and which sources are in one.</summary>
public static class SourceLanguages
{
    /// <summary>Languages listed at most.</summary>
    private const int Max = 50;

    /// <summary>The languages sources are in ("en", "ja"), a tag with a region counted as its language; read through the language index.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(DiplomacyDbContext db, CancellationToken cancellationToken) =>
        (await db.Sources.AsNoTracking().Where(s => s.Language != null).Select(s => s.Language!).Distinct().OrderBy(l => l).Take(Max).ToListAsync(cancellationToken)) // in order: the same fifty every time
            .Select(l => l.Split('-')[0].ToLowerInvariant()).Distinct().Order().ToList();

    /// <summary>Sources in <paramref name="language"/> ("ja"): the tag itself, or the tag with a region ("ja-JP").</summary>
    public static Expression<Func<Source, bool>> In(string language)
    {
        string tag = language.Trim().ToLowerInvariant(), prefix = tag + "-";
        return s => s.Language == tag || (s.Language != null && s.Language.StartsWith(prefix));
    }
}
