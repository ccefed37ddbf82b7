using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Uploads into the store, shared by the /ingest page and POST /api/ingest: one import per file, each its
/// own transaction, so one bad file never stops the others (the admin key is <see cref="Infrastructure.AdminKeyGuard"/>'s).
/// </summary>
public sealed class UploadIngestion(SourceImporter importer)
{
    /// <summary>Largest request accepted, all files together.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        foreach (IFormFile file in files)
        {
            string name = Path.GetFileName(file.FileName);
            if (file.Length > TextDecoder.MaxBytes)
            {
                results.Add(new ImportResult(name, ImportOutcome.Failed, Reason: TextDecoder.TooLargeReason(file.Length)));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            results.Add(await importer.ImportAsync(new SourceInput(name, buffer.ToArray()), cancellationToken));
        }

        return results;
    }
}
