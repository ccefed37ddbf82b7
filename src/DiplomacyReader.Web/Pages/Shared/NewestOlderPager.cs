namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>
/// The links of a list paged by keyset, newest first: back to the newest page (null on it) and on to older rows
/// (null on the last page). A keyset has no page numbers; the browser's back button goes back a page.
/// </summary>
public sealed record NewestOlderPager(string? NewestUrl, string? OlderUrl);
