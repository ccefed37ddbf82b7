using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Search;

/// <summary>An actor a search names, by any of the names the knowledge base knows (岩屋毅 is Takeshi Iwaya).</summary>
public sealed record NamedActor(string Slug, string Name, IReadOnlyList<string> NativeNames, string MatchedName);

/// <summary>
/// The actors a search's words name: the English name, an alias, or a name in the person's own script, so
/// that a search for 岩屋毅 finds Takeshi Iwaya and the page can offer the other spelling when text in one
/// language holds nothing. Only actors of the knowledge base carry other names; they are few, so they are
/// matched in memory.
/// </summary>
public static class NamedActors
{
    public static async Task<IReadOnlyList<NamedActor>> InAsync(DiplomacyDbContext db, string words, CancellationToken cancellationToken)
    {
        string wanted = words.Trim().Trim('"').Trim();
        if (wanted.Length < 2)
        {
            return [];
        }

        var known = await db.Actors.AsNoTracking().Where(a => a.KnowledgeBaseKey != null)
            .Select(a => new { a.Slug, a.Name, a.Aliases, a.NativeNames })
            .ToListAsync(cancellationToken);
        return known
            .Select(a => new { Actor = a, Matched = a.NativeNames.Concat(a.Aliases).Prepend(a.Name).FirstOrDefault(n => Names(wanted, n)) })
            .Where(m => m.Matched is not null)
            .Select(m => new NamedActor(m.Actor.Slug, m.Actor.Name, m.Actor.NativeNames, m.Matched!))
            .Take(5)
            .ToList();
    }

    // The whole query is the name (any case), or the name stands in a query written without spaces (岩屋毅外相).
    private static bool Names(string wanted, string name) =>
        string.Equals(wanted, name, StringComparison.OrdinalIgnoreCase)
        || (name.Length >= 2 && SearchTerms.Parse(name)?.All.All(t => t.IsUnspaced) == true && wanted.Contains(name, StringComparison.Ordinal));
}
