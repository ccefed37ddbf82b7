namespace DiplomacyReader.Fetching;

/// <summary>What a fetch brought back: the bytes and where they finally came from, or why there are none.</summary>
/// <param name="FinalUrl">The address after redirects.</param>
/// <param name="NotModified">The server said the resource is unchanged since the validators sent (304).</param>
/// <param name="Failure">Why the fetch failed, or null.</param>
/// <param name="Transient">The failure may pass (a timeout, a 5xx, a refused connection): worth trying again later.</param>
public sealed record FetchResult(Uri FinalUrl, byte[]? Bytes, string? ContentType, string? ETag, string? LastModified, bool NotModified, string? Failure, bool Transient)
{
    public bool Succeeded => Failure is null;

    public static FetchResult Failed(Uri url, string failure, bool transient) => new(url, null, null, null, null, false, failure, transient);
}
