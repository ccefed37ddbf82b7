using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion;

/// <summary>
/// What one document may cost: its size, the time the pipeline may spend on it, and how full the heap may be
/// while it runs. A document past a limit is refused with the limit named, and the run goes on.
/// </summary>
/// <param name="TimePerMegabyte">Time allowed per megabyte of input, on top of <paramref name="MinimumTime"/>.</param>
/// <param name="MinimumTime">Time any document is allowed, however small.</param>
/// <param name="MaxHeapBytes">A document is refused when the managed heap holds more than this while it is read.</param>
public sealed record IngestionLimits(TimeSpan TimePerMegabyte, TimeSpan MinimumTime, long MaxHeapBytes)
{
    /// <summary>Files larger than this are refused before they are read.</summary>
    public const int MaxBytes = TextDecoder.MaxBytes;

    /// <summary>
    /// The defaults: 10 s and 5 s per MB (ordinary prose reads at about 0.5–2 s per MB on two cores, so only a
    /// pathological file comes near), and three quarters of the memory the runtime may use.
    /// </summary>
    public static IngestionLimits Default { get; } = new(
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 * 3);

    /// <summary>The time allowed for a document of <paramref name="bytes"/> bytes.</summary>
    public TimeSpan TimeFor(int bytes) => MinimumTime + TimePerMegabyte * (bytes / 1024.0 / 1024.0);
}
