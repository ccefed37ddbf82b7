using DiplomacyReader.Data.Queue;
using DiplomacyReader.Fetching;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;
using DiplomacyReader.Web.Ingesting;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Uploads into the ingestion queue, shared by the /ingest page and POST /api/ingest: each file becomes a job
/// the background worker stores (<see cref="IngestionWorker"/>), so a request answers at once however many
/// files it carries, and one bad file never stops the others. (The admin key is <see cref="Infrastructure.AdminKeyGuard"/>'s.)
/// </summary>
public sealed class UploadIngestion(IngestQueue queue, JobSignal signal)
{
    /// <summary>Largest request accepted, all files together.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>How long a caller may ask to wait for its jobs to end (<c>?wait=</c>).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    /// <summary>Queues each file as a job and returns the jobs' ids; a file past the size limit is recorded as refused, unread.</summary>
    public async Task<IReadOnlyList<long>> EnqueueAsync(IEnumerable<IFormFile> files, string origin, CancellationToken cancellationToken)
    {
        var jobs = new List<NewJob>();
        foreach (IFormFile file in files)
        {
            string name = Path.GetFileName(file.FileName);
            if (file.Length > TextDecoder.MaxBytes)
            {
                jobs.Add(new NewJob(origin, name, null, Refused: TextDecoder.TooLargeReason(file.Length)));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            jobs.Add(new NewJob(origin, name, buffer.ToArray()));
        }

        IReadOnlyList<long> ids = await queue.EnqueueAsync(jobs, cancellationToken);
        signal.Wake();
        return ids;
    }

    /// <summary>
    /// Queues each address as a page to fetch (http and https only; anything else is recorded as refused), with
    /// <paramref name="known"/> (a manifest's fields given beside them) for each.
    /// </summary>
    public async Task<IReadOnlyList<long>> EnqueueUrlsAsync(IEnumerable<string> addresses, string origin, KnownFacts? known, CancellationToken cancellationToken)
    {
        var jobs = new List<NewJob>();
        foreach (string address in addresses.SelectMany(a => a.Split('\n')).Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            jobs.Add(WebAddress.Parse(address) is Uri url
                ? new NewJob(origin, PageNames.For(url), null, (known ?? new KnownFacts()) with { Url = url.AbsoluteUri })
                : new NewJob(origin, address.Length > 100 ? address[..100] : address, null, Refused: "not an http or https address."));
        }

        if (jobs.Count == 0)
        {
            return [];
        }

        IReadOnlyList<long> ids = await queue.EnqueueAsync(jobs, cancellationToken);
        signal.Wake();
        return ids;
    }

    /// <summary>What a form says of the documents beside it: the manifest's fields (title, publisher, date, kind), or null.</summary>
    public static KnownFacts? KnownFrom(IFormCollection form)
    {
        string? Field(string name) => form[name].FirstOrDefault() is { Length: > 0 } value ? value.Trim() : null;
        DateOnly? date = DateOnly.TryParseExact(Field("date"), "yyyy-MM-dd", out DateOnly parsed) ? parsed : null;
        SourceKind? kind = Enum.TryParse(Field("kind"), ignoreCase: true, out SourceKind k) ? k : null;
        var known = new KnownFacts(Field("title"), Field("publisher"), null, date, kind);
        return known == new KnownFacts() ? null : known;
    }

    /// <summary>The jobs, once all have ended or <paramref name="wait"/> has passed (whichever is first).</summary>
    public async Task<IReadOnlyList<JobView>> WaitAsync(IReadOnlyList<long> ids, TimeSpan wait, CancellationToken cancellationToken)
    {
        DateTime until = DateTime.UtcNow + (wait > MaxWait ? MaxWait : wait);
        while (true)
        {
            IReadOnlyList<JobView> jobs = await queue.FindAsync(ids, cancellationToken);
            if (jobs.All(j => j.IsFinished) || DateTime.UtcNow >= until)
            {
                return jobs;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
