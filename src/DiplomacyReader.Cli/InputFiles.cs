namespace DiplomacyReader.Cli;

/// <summary>Expands the paths given on the command line into the files they name, in a stable order.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> s_ignoredNames = new(StringComparer.OrdinalIgnoreCase) { "manifest.json" };

    /// <summary>
    /// Files as given, and the files of folders (recursively, sorted by path). Hidden files and a folder's
    /// manifest.json are skipped; a path that does not exist is returned as is so that it fails with its name.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !s_ignoredNames.Contains(Path.GetFileName(f)))
                    .Order(StringComparer.Ordinal)
                : [path])
            .ToArray();
}
