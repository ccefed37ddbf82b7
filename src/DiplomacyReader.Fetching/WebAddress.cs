namespace DiplomacyReader.Fetching;

/// <summary>What counts as an address of the web here: absolute, http or https. Anything else is neither fetched nor linked.</summary>
public static class WebAddress
{
    /// <summary>The address in <paramref name="text"/>, or null when it is not an absolute http or https one.</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out Uri? url) && IsWeb(url) ? url : null;

    public static bool IsWeb(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https";
}
