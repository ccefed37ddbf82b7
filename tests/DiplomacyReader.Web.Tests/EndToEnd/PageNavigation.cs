using Microsoft.Playwright;

namespace DiplomacyReader.Web.Tests.EndToEnd;

/// <summary>
/// Waiting for a page the test navigated to. The address is awaited at commit (the moment the browser takes the
/// new page), then its DOM; waiting for the full load event of a page that may already have loaded timed out
/// on a busy two-core machine, with the page long since shown, and so, once in a full suite's run, did waiting for
/// the DOMContentLoaded event: the document's own ready state is polled instead, which cannot be missed.
/// </summary>
public static class PageNavigation
{
    public static async Task WaitForAddressAsync(this IPage page, string glob)
    {
        await page.WaitForURLAsync(glob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }
}
