namespace DiplomacyReader.Web.Ingesting;

/// <summary>
/// Wakes this instance's worker when a job is queued here, so that an upload starts at once rather than at
/// the next poll; jobs queued by other instances, and retries, are found by the poll.
/// </summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _queued = new(0, int.MaxValue);

    public void Wake() => _queued.Release();

    /// <summary>Waits until woken or until <paramref name="poll"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        await _queued.WaitAsync(poll, cancellationToken);
        while (_queued.CurrentCount > 0 && _queued.Wait(0))
        {
            // One wake-up for all the jobs queued meanwhile: the worker drains the queue anyway.
        }
    }
}
