using System.Text;
using DiplomacyReader.Ingestion.Manifest;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// A file to ingest, with what its folder's manifest knows of it, or an entry that will not be read with the
/// reason (<paramref name="Problem"/>): a link, a pipe, an unreadable folder, a manifest that does not parse.
/// </summary>
public sealed record InputFile(string Path, KnownFacts? Known, string? Problem = null)
{
    private static readonly HashSet<string> s_skippedNames = new(StringComparer.OrdinalIgnoreCase) { SourceManifest.FileName };

    /// <summary>The file's name, which identifies it in messages and the export.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Reads the file as pipeline input; throws IngestionException past the size limit, before reading the rest.</summary>
    public SourceInput Read() => new(FileName, FolderWalk.ReadBounded(Path), Known);

    /// <summary>
    /// The files named by <paramref name="paths"/>: files as given, folders recursively in path order, each
    /// with its folder's manifest.json entry. In folders, hidden files, manifests, the "Page_files" folders
    /// browsers save beside a page, and scripts, styles, images and fonts are skipped; links, pipes, devices,
    /// unreadable folders and manifests that do not parse come back with their problem; a path that does not
    /// exist is kept so that it fails with its name.
    /// </summary>
    public static IReadOnlyList<InputFile> Collect(IEnumerable<string> paths)
    {
        var manifests = new Dictionary<string, SourceManifest>(StringComparer.Ordinal);
        var files = new List<InputFile>();
        foreach (string path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(WithManifest(path, manifests, files));
                continue;
            }

            FolderWalk.Found found = FolderWalk.Walk(path, IsDocument, IsSkippedFolder);
            files.AddRange(found.Problems.Select(p => new InputFile(p.Path, null, p.Problem)));
            foreach (string file in found.Files)
            {
                files.Add(WithManifest(file, manifests, files));
            }
        }

        return files;
    }

    private static bool IsDocument(string name) =>
        !name.StartsWith('.') && !s_skippedNames.Contains(name) && !Ingestion.Reading.FormatSniffer.IsPageAsset(name);

    private static bool IsSkippedFolder(string name) =>
        name.EndsWith("_files", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.');

    private static InputFile WithManifest(string file, Dictionary<string, SourceManifest> cache, List<InputFile> problems) =>
        new(file, ManifestOf(file, cache, problems).For(System.IO.Path.GetFileName(file)));

    // A manifest that cannot be read or parsed is reported once, as an entry of its own, and its folder's
    // files are ingested on what the pipeline finds in them alone.
    private static SourceManifest ManifestOf(string file, Dictionary<string, SourceManifest> cache, List<InputFile> problems)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)) ?? ".";
        if (!cache.TryGetValue(folder, out SourceManifest? manifest))
        {
            string manifestPath = System.IO.Path.Combine(folder, SourceManifest.FileName);
            manifest = SourceManifest.Empty;
            try
            {
                if (File.Exists(manifestPath))
                {
                    manifest = SourceManifest.Parse(Encoding.UTF8.GetString(FolderWalk.ReadBounded(manifestPath)), manifestPath);
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or Ingestion.IngestionException)
            {
                problems.Add(new InputFile(manifestPath, null, $"{e.Message.TrimEnd('.')}; the folder's files were ingested without it."));
            }

            cache[folder] = manifest;
        }

        return manifest;
    }
}
