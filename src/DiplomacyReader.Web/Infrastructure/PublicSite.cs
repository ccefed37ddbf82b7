namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// Where absolute links (CSV permalinks, citations) point. A request's Host header is whatever the client
/// sent, so it is used only when host filtering (<c>AllowedHosts</c>) has vouched for it; otherwise the
/// configured <c>App:PublicBaseUrl</c>, and without either, links stay relative to the site.
/// </summary>
public sealed class PublicSite(IConfiguration configuration)
{
    public const string BaseUrlSetting = "App:PublicBaseUrl";

    /// <summary>"https://reader.example.org", "http://localhost:5080" (a checked Host), or "" (links relative to the site).</summary>
    public string BaseUrl(HttpRequest request)
    {
        if (configuration[BaseUrlSetting] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        string allowed = configuration["AllowedHosts"] ?? "*";
        bool hostChecked = allowed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(h => h != "*");
        return hostChecked && request.Host.HasValue ? $"{request.Scheme}://{request.Host}" : "";
    }
}
