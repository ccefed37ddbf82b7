using DiplomacyReader.Ingestion.Manifest;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Importing;

/// <summary>A file to ingest, with what its folder's manifest knows of it.</summary>
public sealed record InputFile(string Path, KnownFacts? Known)
{
    private static readonly HashSet<string> s_skippedNames = new(StringComparer.OrdinalIgnoreCase) { SourceManifest.FileName };

    /// <summary>The file's name, which identifies it in messages and the export.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Reads the file as pipeline input.</summary>
    public SourceInput Read() => new(FileName, File.ReadAllBytes(Path), Known);

    /// <summary>
    /// The files named by <paramref name="paths"/>: files as given, folders recursively in path order, each
    /// with its folder's manifest.json entry. In folders, hidden files, manifests, the "Page_files" folders
    /// browsers save beside a page, and scripts, styles, images and fonts are skipped; a path that does not
    /// exist is kept so that it fails with its name.
    /// </summary>
    public static IReadOnlyList<InputFile> Collect(IEnumerable<string> paths)
    {
        var manifests = new Dictionary<string, SourceManifest>(StringComparer.Ordinal);
        var files = new List<InputFile>();
        foreach (string path in paths)
        {
            IEnumerable<string> found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsDocument(System.IO.Path.GetRelativePath(path, f)))
                    .Order(StringComparer.Ordinal)
                : [path];
            files.AddRange(found.Select(f => new InputFile(f, ManifestOf(f, manifests).For(System.IO.Path.GetFileName(f)))));
        }

        return files;
    }

    private static bool IsDocument(string relativePath)
    {
        string name = System.IO.Path.GetFileName(relativePath);
        string[] folders = System.IO.Path.GetDirectoryName(relativePath)?.Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return !name.StartsWith('.') && !s_skippedNames.Contains(name) && !Ingestion.Reading.FormatSniffer.IsPageAsset(name)
            && !folders.Any(folder => folder.EndsWith("_files", StringComparison.OrdinalIgnoreCase) || folder.StartsWith('.'));
    }

    private static SourceManifest ManifestOf(string file, Dictionary<string, SourceManifest> cache)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)) ?? ".";
        if (!cache.TryGetValue(folder, out SourceManifest? manifest))
        {
            string manifestPath = System.IO.Path.Combine(folder, SourceManifest.FileName);
            manifest = File.Exists(manifestPath) ? SourceManifest.Parse(File.ReadAllText(manifestPath), manifestPath) : SourceManifest.Empty;
            cache[folder] = manifest;
        }

        return manifest;
    }
}
