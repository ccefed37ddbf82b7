using DiplomacyReader.Data.Queue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DiplomacyReader.Web.Infrastructure;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Upload text, HTML or Markdown files into the store, behind the configured admin key, with antiforgery.
/// After the POST the page shows the batch's jobs through a redirect (post/redirect/get), one line per file,
/// looking again every two seconds until each has ended; the batch's ids are kept on the server (<see cref="UploadResults"/>).
/// </summary>
[RequestSizeLimit(UploadIngestion.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadIngestion.MaxRequestBytes)]
public sealed class IndexModel(UploadIngestion uploads, AdminKeyGuard guard, UploadResults kept, IngestQueue queue) : PageModel
{
    public bool Enabled => guard.Enabled;

    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    /// <summary>Some job of the batch is still waiting or running: the page looks again in a moment.</summary>
    public bool Pending => Jobs.Any(j => !j.IsFinished);

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> ids = kept.Find(batch);
        Jobs = ids.Count == 0 ? [] : await queue.FindAsync(ids, cancellationToken);
    }

    // The key from the form only: bound from the query string too, it would land in logs and browser history.
    public async Task<IActionResult> OnPostAsync([FromForm] string? key, List<IFormFile> files, [FromForm] string? urls, CancellationToken cancellationToken)
    {
        // A form that could not be read (past 64 MB, cut short) binds as an empty one: say what happened,
        // rather than that the key was wrong, and do not count it against the key.
        if (await UnreadableFormAsync(cancellationToken) is (int status, string reason))
        {
            Response.StatusCode = status;
            Error = reason;
            return Page();
        }

        AdminKeyCheck check = guard.Check(HttpContext, key);
        if (check != AdminKeyCheck.Accepted)
        {
            Response.StatusCode = AdminKeyGuard.StatusOf(check);
            Error = AdminKeyGuard.MessageOf(check);
            return Page();
        }

        if (files.Count == 0 && string.IsNullOrWhiteSpace(urls))
        {
            Error = "Choose one or more files, or paste addresses.";
            return Page();
        }

        IReadOnlyList<long> ids = [
            .. await uploads.EnqueueAsync(files, "upload", cancellationToken),
            .. await uploads.EnqueueUrlsAsync([urls ?? ""], "url", UploadIngestion.KnownFrom(Request.Form), cancellationToken),
        ];
        return RedirectToPage(new { batch = kept.Keep(ids) });
    }

    private async Task<(int Status, string Reason)?> UnreadableFormAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Request.ReadFormAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (RequestBodyErrors.StatusOf(e) is int status and < 500)
        {
            return (status, status == StatusCodes.Status413PayloadTooLarge
                ? $"The upload is larger than this site accepts in one request ({UploadIngestion.MaxRequestBytes / (1024 * 1024)} MB in all). Send fewer or smaller files."
                : "The upload could not be read (it was cut short or is not a form). Try again.");
        }
    }
}
