using System.Collections.Concurrent;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Values worked out from their keys, kept while they are used: a thread-safe cache of bounded size that keeps
/// what was asked for since the last turn and the turn before it. When the current half is full it becomes the
/// previous one, and whatever the previous half held and nobody asked for again is dropped. Values must depend
/// on their key alone: two threads may work out the same one, and either is kept.
/// </summary>
internal sealed class RecentlyUsed<TKey, TValue>(long capacity, Func<TValue, int> sizeOf, Func<TKey, TValue> create, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly Lock _turning = new();
    private volatile ConcurrentDictionary<TKey, TValue> _current = new(comparer);
    private volatile ConcurrentDictionary<TKey, TValue> _previous = new(comparer);
    private long _currentSize;

    public TValue Get(TKey key)
    {
        ConcurrentDictionary<TKey, TValue> current = _current;
        if (current.TryGetValue(key, out TValue? value))
        {
            return value;
        }

        value = _previous.TryGetValue(key, out TValue? kept) ? kept : create(key);
        if (current.TryAdd(key, value) && Interlocked.Add(ref _currentSize, sizeOf(value)) > capacity / 2)
        {
            Turn(current);
        }

        return value;
    }

    private void Turn(ConcurrentDictionary<TKey, TValue> full)
    {
        lock (_turning)
        {
            if (_current != full)
            {
                return; // another thread turned it
            }

            _previous = full;
            Interlocked.Exchange(ref _currentSize, 0);
            _current = new ConcurrentDictionary<TKey, TValue>(comparer);
        }
    }
}
