using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DiplomacyReader.Web.Pages.Ingest;

/// <summary>
/// Which jobs recent uploads queued, kept on the server for the page after the POST's redirect to show.
/// Results in a cookie grew with the number of files, and 200 files made a header the server refused (431). An entry lives
/// an hour, under an id nobody can guess; the oldest go first past <see cref="MaxBatches"/>.
/// </summary>
public sealed class UploadResults(TimeProvider time)
{
    public const int MaxBatches = 1_000;
    private static readonly TimeSpan s_kept = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<long> Jobs)> _batches = new(StringComparer.Ordinal);

    /// <summary>Keeps the ids of a batch's <paramref name="jobs"/> and returns the id that finds them.</summary>
    public string Keep(IReadOnlyList<long> jobs)
    {
        DateTimeOffset now = time.GetUtcNow();
        var byAge = _batches.OrderBy(b => b.Value.At).ToList();
        int over = byAge.Count - MaxBatches + 1;
        foreach (var old in byAge.Where((b, i) => i < over || now - b.Value.At > s_kept))
        {
            _batches.TryRemove(old.Key, out _);
        }

        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _batches[id] = (now, jobs);
        return id;
    }

    /// <summary>The job ids kept under <paramref name="id"/>, or none.</summary>
    public IReadOnlyList<long> Find(string? id) =>
        id is not null && _batches.TryGetValue(id, out var batch) && time.GetUtcNow() - batch.At <= s_kept ? batch.Jobs : [];
}
