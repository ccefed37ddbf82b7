using DiplomacyReader.Data;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>
/// The names of the statements filters and of their values, as people read them ("country mentioned: China",
/// not "country CN"): for the page's filter pills and for the titles of its feeds.
/// </summary>
public static class FilterValueNames
{
    /// <summary>What a filter of the query string is, in words ("Country mentioned"); the name itself where it is not a filter.</summary>
    public static string FilterName(string key) => key switch
    {
        "country" => "Country mentioned",
        "speakerCountry" => "Speaker's country",
        "actor" => "Speaker",
        "role" => "Role",
        "topic" => "Topic",
        "kind" => "Statement kind",
        "sourceKind" => "Source kind",
        "publisher" => "Publisher",
        "from" => "From",
        "to" => "To",
        "q" => "Words",
        "language" => "Language",
        _ => key,
    };

    /// <summary>The stored name of a country, speaker or topic named by code or slug, or null.</summary>
    public static async Task<string?> StoredNameAsync(DiplomacyDbContext db, string key, string value, CancellationToken cancellationToken) => key switch
    {
        "country" or "speakerCountry" => await db.Countries.Where(c => c.Code == value.ToUpperInvariant()).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken),
        "actor" => await db.Actors.Where(a => a.Slug == value).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken),
        "topic" => await db.Topics.Where(t => t.Slug == value).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken),
        "language" => LanguageNames.Of(value),
        _ => null,
    };
}
