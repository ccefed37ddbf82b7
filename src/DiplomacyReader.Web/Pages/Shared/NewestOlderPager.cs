using DiplomacyReader.Data.Queries;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>
/// The links of a list paged by keyset, newest first: back to the newest page (null on it) and on to older rows
/// (null on the last page). A keyset has no page numbers; the browser's back button goes back a page.
/// </summary>
public sealed record NewestOlderPager(string? NewestUrl, string? OlderUrl)
{
    /// <summary>The links of a page: <paramref name="pageUrl"/> gives the list's address from a row on (null: from the newest).</summary>
    public static NewestOlderPager For(bool isFirstPage, ListCursor? next, Func<ListCursor?, string> pageUrl) =>
        new(isFirstPage ? null : pageUrl(null), next is null ? null : pageUrl(next));
}
