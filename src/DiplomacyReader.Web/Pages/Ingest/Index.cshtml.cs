using System.Text.Json;
using DiplomacyReader.Data.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Upload text, HTML or Markdown files into the store, behind the configured admin key, with antiforgery.
/// After the POST the results come back through a redirect (post/redirect/get), one line per file.
/// </summary>
[RequestSizeLimit(UploadIngestion.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadIngestion.MaxRequestBytes)]
public sealed class IndexModel(UploadIngestion uploads) : PageModel
{
    [TempData]
    public string? ResultsJson { get; set; }

    public bool Enabled => uploads.Enabled;

    public IReadOnlyList<ResultRow> Results { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
        Results = ResultsJson is null ? [] : JsonSerializer.Deserialize<ResultRow[]>(ResultsJson) ?? [];
    }

    public async Task<IActionResult> OnPostAsync(string? key, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!uploads.Authorizes(key))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = uploads.Enabled ? "That is not the admin key." : "Uploads are switched off: no admin key is configured (Ingest:AdminKey).";
            return Page();
        }

        if (files.Count == 0)
        {
            Error = "Choose one or more files.";
            return Page();
        }

        IReadOnlyList<ImportResult> results = await uploads.ImportAsync(files, cancellationToken);
        ResultsJson = JsonSerializer.Serialize(results.Select(ResultRow.From).ToArray());
        return RedirectToPage();
    }

    public sealed record ResultRow(string File, string Outcome, string? Slug, string? Reason, int Statements)
    {
        public static ResultRow From(ImportResult r) => new(r.FileName, r.Outcome.ToString().ToLowerInvariant(), r.Slug, r.Reason, r.Statements);
    }
}
