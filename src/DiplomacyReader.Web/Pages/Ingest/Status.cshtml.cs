using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queue;
using DiplomacyReader.Web.Ingesting;
using Microsoft.EntityFrameworkCore;
using DiplomacyReader.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// /ingest/status: the ingestion queue for whoever holds the admin key — what waits, runs, failed (with the
/// reason and a retry button) and ended today. The key is asked for once; then a signed cookie stands for it.
/// </summary>
public sealed class StatusModel(IngestQueue queue, AdminKeyGuard guard, DiplomacyDbContext db, TimeProvider time) : PageModel
{
    public bool Enabled => guard.Enabled;

    public bool SignedIn { get; private set; }

    public QueueStatus? Queue { get; private set; }

    public IReadOnlyList<Feed> Feeds { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SignedIn = AdminSession.IsAdmin(HttpContext);
        if (SignedIn)
        {
            Queue = await queue.StatusAsync(cancellationToken: cancellationToken);
            Feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Url).ToListAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAddFeedAsync([FromForm] string? url, [FromForm] string? publisher, [FromForm] string? kind, [FromForm] int? minutes, CancellationToken cancellationToken)
    {
        if (!AdminSession.IsAdmin(HttpContext))
        {
            return Forbid();
        }

        if (FeedSetting.From(url, publisher, kind, minutes is int m ? TimeSpan.FromMinutes(m) : null) is FeedSetting setting)
        {
            await FeedSettings.AddOrUpdateAsync(db, setting, fromConfiguration: false, time, cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignInAsync([FromForm] string? key)
    {
        AdminKeyCheck check = guard.Check(HttpContext, key);
        if (check != AdminKeyCheck.Accepted)
        {
            Response.StatusCode = AdminKeyGuard.StatusOf(check);
            Error = AdminKeyGuard.MessageOf(check);
            return Page();
        }

        await AdminSession.SignInAsync(HttpContext);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAsync([FromForm] long id, CancellationToken cancellationToken)
    {
        if (!AdminSession.IsAdmin(HttpContext))
        {
            return Forbid();
        }

        await queue.RetryAsync(id, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await AdminSession.SignOutAsync(HttpContext);
        return RedirectToPage();
    }
}
