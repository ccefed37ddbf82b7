using System.Diagnostics;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Evaluation.Fuzzing;

/// <summary>How one fuzzed input ended: read, refused with a reason, or a fault of the pipeline's own.</summary>
public sealed record FuzzOutcome(string FileName, FuzzResult Result, string? Reason, TimeSpan Elapsed, TimeSpan Allowed)
{
    /// <summary>Runs <paramref name="pipeline"/> on one input and says how it ended.</summary>
    public static FuzzOutcome Of(IngestionPipeline pipeline, SourceInput input)
    {
        long start = Stopwatch.GetTimestamp();
        TimeSpan allowed = pipeline.Limits.TimeFor(input.Bytes.Length);
        try
        {
            pipeline.Process(input);
            return new FuzzOutcome(input.FileName, FuzzResult.Read, null, Stopwatch.GetElapsedTime(start), allowed);
        }
        catch (IngestionException e)
        {
            return new FuzzOutcome(input.FileName, e.IsFault ? FuzzResult.Fault : FuzzResult.Refused, e.Reason, Stopwatch.GetElapsedTime(start), allowed);
        }
    }

    /// <summary>Whether it ended as it should: read or refused with a reason, within the time its size allows.</summary>
    public bool IsSound => Result != FuzzResult.Fault && Elapsed <= Allowed + TimeSpan.FromSeconds(1);
}

/// <summary>The three ways a fuzzed input ends.</summary>
public enum FuzzResult
{
    /// <summary>Read into a document.</summary>
    Read,
    /// <summary>Refused with a reason a person understands.</summary>
    Refused,
    /// <summary>A reader or step threw: a bug of the pipeline's, caught and reported.</summary>
    Fault,
}
