using DiplomacyReader.Data.Entities;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>A job's state in the words the upload page and the API have always used for a file's outcome.</summary>
public static class JobOutcome
{
    /// <summary>"waiting", "running", "ingested", "duplicate", "failed".</summary>
    public static string Name(JobState state) => state switch
    {
        JobState.Stored => "ingested",
        _ => state.ToString().ToLowerInvariant(),
    };
}
