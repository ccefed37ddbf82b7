using DiplomacyReader.Ingestion.Linking;

namespace DiplomacyReader.Ingestion.Tests.Linking;

public sealed class RecentlyUsedTests
{
    // Counts how often each key's value is worked out; each value is its key's length.
    private sealed class Counting
    {
        public Dictionary<string, int> Made { get; } = [];

        public RecentlyUsed<string, int> Cache(long capacity) => new(capacity, sizeOf: length => length, create: key =>
        {
            Made[key] = Made.GetValueOrDefault(key) + 1;
            return key.Length;
        }, StringComparer.Ordinal);
    }

    [Fact]
    public void A_key_asked_for_again_is_not_worked_out_again()
    {
        var counting = new Counting();
        RecentlyUsed<string, int> cache = counting.Cache(capacity: 100);
        Assert.Equal(5, cache.Get("alpha"));
        Assert.Equal(5, cache.Get(new string("alpha".ToCharArray()))); // the same content in another string
        Assert.Equal(1, counting.Made["alpha"]);
    }

    [Fact]
    public void What_nobody_asked_for_since_two_turns_is_dropped_and_what_was_asked_for_is_kept()
    {
        var counting = new Counting();
        RecentlyUsed<string, int> cache = counting.Cache(capacity: 20); // a turn at more than 10 in the current half
        cache.Get("kept-key"); // 8
        cache.Get("dropped"); // 7 more: 15, the first turn
        cache.Get("kept-key"); // from the previous half into the current one
        cache.Get("filler"); // 6 more: 14, the second turn; "dropped" was only in the half now gone
        cache.Get("kept-key");
        cache.Get("dropped");
        Assert.Equal(1, counting.Made["kept-key"]);
        Assert.Equal(2, counting.Made["dropped"]);
    }
}
