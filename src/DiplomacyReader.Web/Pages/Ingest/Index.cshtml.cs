using DiplomacyReader.Data.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DiplomacyReader.Web.Infrastructure;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Upload text, HTML or Markdown files into the store, behind the configured admin key, with antiforgery.
/// After the POST the results come back through a redirect (post/redirect/get), one line per file, kept on
/// the server (<see cref="UploadResults"/>).
/// </summary>
[RequestSizeLimit(UploadIngestion.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadIngestion.MaxRequestBytes)]
public sealed class IndexModel(UploadIngestion uploads, AdminKeyGuard guard, UploadResults kept) : PageModel
{
    public bool Enabled => guard.Enabled;

    public IReadOnlyList<ResultRow> Results { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet(string? batch)
    {
        Results = kept.Find(batch);
    }

    // The key from the form only: bound from the query string too, it would land in logs and browser history.
    public async Task<IActionResult> OnPostAsync([FromForm] string? key, List<IFormFile> files, CancellationToken cancellationToken)
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

        if (files.Count == 0)
        {
            Error = "Choose one or more files.";
            return Page();
        }

        IReadOnlyList<ImportResult> results = await uploads.ImportAsync(files, cancellationToken);
        return RedirectToPage(new { batch = kept.Keep(results.Select(ResultRow.From).ToArray()) });
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

    public sealed record ResultRow(string File, string Outcome, string? Slug, string? Reason, int Statements)
    {
        public static ResultRow From(ImportResult r) => new(r.FileName, r.Outcome.ToString().ToLowerInvariant(), r.Slug, r.Reason, r.Statements);
    }
}
