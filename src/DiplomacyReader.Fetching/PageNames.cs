namespace DiplomacyReader.Fetching;

/// <summary>The file name a fetched page is known by: the last part of its path, or its host, with .html.</summary>
public static class PageNames
{
    public static string For(Uri url)
    {
        string last = url.Segments.Select(s => s.Trim('/')).LastOrDefault(s => s.Length > 0) ?? url.Host;
        string name = new string(Uri.UnescapeDataString(last).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('-', '.');
        if (name.Length == 0)
        {
            name = url.Host;
        }

        if (name.Length > 100)
        {
            name = name[..100];
        }

        return Path.HasExtension(name) && Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".txt" or ".md" ? name : name + ".html";
    }
}
