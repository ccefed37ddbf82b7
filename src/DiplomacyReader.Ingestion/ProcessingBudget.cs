using System.Diagnostics;

namespace DiplomacyReader.Ingestion;

/// <summary>
/// The time and memory one document may still spend. The pipeline and its steps call <see cref="Check"/> between
/// units of work (a step, a passage); past either limit it throws, and the pipeline refuses the document with the
/// limit it went past. Nothing can stop a step between two checks, so every step must also be linear in its input.
/// </summary>
public sealed class ProcessingBudget
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _allowed;
    private readonly long _maxHeapBytes;

    /// <summary>A budget for a document of <paramref name="bytes"/> bytes under <paramref name="limits"/>.</summary>
    public ProcessingBudget(IngestionLimits limits, int bytes)
    {
        _allowed = limits.TimeFor(bytes);
        _maxHeapBytes = limits.MaxHeapBytes;
    }

    /// <summary>A budget that never runs out, for callers that bound the work themselves.</summary>
    public static ProcessingBudget Unlimited { get; } = new(new IngestionLimits(TimeSpan.Zero, TimeSpan.MaxValue / 2, long.MaxValue), 0);

    /// <summary>Throws <see cref="BudgetExceededException"/> when the time is spent or the heap is past its limit.</summary>
    public void Check()
    {
        TimeSpan elapsed = Stopwatch.GetElapsedTime(_started);
        if (elapsed > _allowed)
        {
            throw new BudgetExceededException($"reading it took longer than {_allowed.TotalSeconds:0} s, the time allowed for a file of its size; it was stopped.");
        }

        if (GC.GetTotalMemory(forceFullCollection: false) > _maxHeapBytes)
        {
            throw new BudgetExceededException($"reading it filled the memory past {_maxHeapBytes / (1024 * 1024)} MB, the limit; it was stopped.");
        }
    }
}

/// <summary>A document went past its <see cref="ProcessingBudget"/>.</summary>
public sealed class BudgetExceededException(string reason) : Exception(reason);
