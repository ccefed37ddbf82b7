using System.Collections.Concurrent;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Words as numbers, the same number for the same word everywhere in the process. The linker compares each
/// statement with every passage of its speaker's transcripts of two months: numbers compare in one instruction
/// and keep in four bytes, where strings compare character by character and cost an object each.
/// </summary>
/// <remarks>
/// The table only grows, by the distinct words of the texts compared: the vocabulary of an archive (a few
/// hundred thousand words and numbers, tens of megabytes), not its size.
/// </remarks>
internal static class WordIds
{
    private static readonly ConcurrentDictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_bySpan = s_ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_last;

    /// <summary>The number of <paramref name="word"/>; a word met for the first time gets the next one.</summary>
    public static int Of(ReadOnlySpan<char> word) =>
        s_bySpan.TryGetValue(word, out int id) ? id : s_ids.GetOrAdd(word.ToString(), static _ => Interlocked.Increment(ref s_last));
}
