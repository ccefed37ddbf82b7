using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Queue;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>
/// The inbox folder (<c>Ingest:Inbox</c>): a file dropped in is queued as a job once it has stopped growing,
/// held in <c>processing/</c> under its job's id while the worker stores it, then moved to <c>done/</c>, or to
/// <c>failed/</c> with a <c>NAME.error.txt</c> beside it that says why. The folder is the record: after a
/// restart, files still in <c>processing/</c> are matched to their jobs again by that id.
/// </summary>
public sealed class InboxWatcher(IServiceScopeFactory scopes, JobSignal signal, IConfiguration configuration, ILogger<InboxWatcher> logger) : BackgroundService
{
    public const string Setting = "Ingest:Inbox";

    /// <summary>How often the inbox is looked at; a file is read once it is unchanged over one such interval.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // What each file looked like at the last scan: a file still being written changes between two.
    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration[Setting] is not { Length: > 0 } inbox)
        {
            return;
        }

        var folders = new InboxFolders(Path.GetFullPath(inbox));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(folders, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The inbox {Inbox} could not be scanned", folders.Inbox);
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }

    private async Task ScanAsync(InboxFolders folders, CancellationToken cancellationToken)
    {
        folders.Create();
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        IngestQueue queue = scope.ServiceProvider.GetRequiredService<IngestQueue>();
        await SettleAsync(folders, queue, cancellationToken);

        var now = new HashSet<string>(StringComparer.Ordinal);
        foreach (FileInfo file in new DirectoryInfo(folders.Inbox).EnumerateFiles().Where(f => !f.Name.StartsWith('.') && f.LinkTarget is null))
        {
            now.Add(file.FullName);
            (long Length, DateTime Written) looks = (file.Length, file.LastWriteTimeUtc);
            bool settled = _seen.TryGetValue(file.FullName, out var before) && before == looks && DateTime.UtcNow - looks.Written >= Interval;
            _seen[file.FullName] = looks;
            if (!settled)
            {
                continue; // new, or still being written: look again at the next scan
            }

            byte[] bytes;
            try
            {
                bytes = FolderWalk.ReadBounded(file.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Ingestion.IngestionException)
            {
                folders.Fail(file.FullName, file.Name, e is Ingestion.IngestionException refused ? refused.Reason : $"cannot be read ({e.Message}).");
                continue;
            }

            long id = (await queue.EnqueueAsync([new NewJob("inbox", file.Name, bytes)], cancellationToken))[0];
            File.Move(file.FullName, folders.Processing(id, file.Name));
            signal.Wake();
        }

        foreach (string gone in _seen.Keys.Where(k => !now.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    // Files whose jobs have ended go to done/ or failed/.
    private static async Task SettleAsync(InboxFolders folders, IngestQueue queue, CancellationToken cancellationToken)
    {
        var held = Directory.EnumerateFiles(folders.ProcessingFolder)
            .Select(path => (Path: path, Id: InboxFolders.JobIdOf(path)))
            .Where(f => f.Id is not null)
            .ToList();
        if (held.Count == 0)
        {
            return;
        }

        Dictionary<long, JobView> jobs = (await queue.FindAsync(held.Select(f => f.Id!.Value).ToList(), cancellationToken)).ToDictionary(j => j.Id);
        foreach ((string path, long? id) in held)
        {
            string name = InboxFolders.NameOf(path);
            if (!jobs.TryGetValue(id!.Value, out JobView? job))
            {
                folders.Fail(path, name, "its job is no longer in the queue.");
            }
            else if (job.State == Data.Entities.JobState.Failed)
            {
                folders.Fail(path, name, job.Reason ?? "it failed.");
            }
            else if (job.IsFinished)
            {
                folders.Done(path, name);
            }
        }
    }
}
