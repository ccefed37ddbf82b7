using System.Globalization;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>A "cite this statement" line: who, what, where, when, and a link a reader can follow.</summary>
public static class Citation
{
    public static string For(string? speaker, string? quote, string text, string sourceTitle, string? publisher, DateOnly? date, string link)
    {
        string words = quote is null ? text : $"“{quote}”";
        string when = date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
        return $"{speaker ?? "Unattributed"}: {words} Reported in “{sourceTitle}”{(publisher is null ? string.Empty : ", " + publisher)}, {when}. {link}";
    }

    /// <summary>
    /// The statement's permalink in this app, for when the source has no URL of its own: absolute from
    /// <paramref name="siteBaseUrl"/> (<see cref="Infrastructure.PublicSite"/>), relative when that is empty.
    /// </summary>
    public static string Permalink(string siteBaseUrl, string sourceSlug, string statementKey) =>
        siteBaseUrl + Routes.StatementIn(sourceSlug, statementKey);
}
