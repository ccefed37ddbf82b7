using System.Security.Cryptography;
using System.Text;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Uploads into the store, shared by the /ingest page and POST /api/ingest: the admin key check and one
/// import per file, each its own transaction, so one bad file never stops the others.
/// </summary>
public sealed class UploadIngestion(SourceImporter importer, IConfiguration configuration)
{
    /// <summary>The configuration key of the admin key; without a key, uploads are switched off.</summary>
    public const string AdminKeySetting = "Ingest:AdminKey";

    /// <summary>Largest request accepted, all files together.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(configuration[AdminKeySetting]);

    /// <summary>Whether <paramref name="key"/> is the configured admin key (compared in constant time).</summary>
    public bool Authorizes(string? key)
    {
        string? expected = configuration[AdminKeySetting];
        return !string.IsNullOrEmpty(expected) && key is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(expected));
    }

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
