using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data.Queries;

/// <summary>
/// Work done once per key and kept: requests that ask for the same key while it is being worked out wait for that
/// one piece of work (32 readers arriving together cost one count, not 32 sharing two cores). The work gets a
/// context of its own where there are scopes, so that the first asker leaving (a closed tab) does not end what
/// the others wait for; without them (one caller at a time, as in the CLI and tests) the caller's context works.
/// Work that failed or was cancelled is forgotten, so the next request tries again.
/// </summary>
/// <param name="maxEntries">Results kept at most: when full, all are forgotten (crude, but bounded).</param>
internal sealed class SharedOnce<TKey, TValue>(int maxEntries, IServiceScopeFactory? scopes) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _entries = new();

    public async Task<TValue> GetAsync(TKey key, DiplomacyDbContext callers, Func<DiplomacyDbContext, Task<TValue>> work, CancellationToken cancellationToken)
    {
        if (_entries.Count >= maxEntries && !_entries.ContainsKey(key))
        {
            _entries.Clear();
        }

        // Lazy: of two requests racing to add the entry, only the one stored starts the work.
        Lazy<Task<TValue>> entry = _entries.GetOrAdd(key, _ => new Lazy<Task<TValue>>(() => InOwnContextAsync(callers, work)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry)); // the next request works it out again
            throw;
        }
    }

    private async Task<TValue> InOwnContextAsync(DiplomacyDbContext callers, Func<DiplomacyDbContext, Task<TValue>> work)
    {
        if (scopes is null)
        {
            return await work(callers);
        }

        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>());
    }
}
