namespace DiplomacyReader.Fetching;

/// <summary>
/// What every request to another site keeps to: one request at a time per host and a pause between two, a
/// timeout and a size limit on every response, a user agent that names the app, and few redirects.
/// </summary>
public sealed record FetchRules(TimeSpan Timeout, long MaxBytes, TimeSpan DelayPerHost, int MaxRedirects, string UserAgent)
{
    public static FetchRules Default { get; } = new(
        TimeSpan.FromSeconds(30), 32L * 1024 * 1024, TimeSpan.FromSeconds(1), 5,
        "DiplomacyReader/1.0 (+https://github.com/diplomacy-reader; reads news on Japan's foreign policy)");
}
