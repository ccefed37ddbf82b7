using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// Walks a folder for documents without being led astray: links are not followed (a link to the folder
/// itself would walk it for ever, a link elsewhere would read what nobody put there), entries that are not
/// regular files with content (pipes, sockets, devices, empty files) are never opened, and a sub-folder that
/// cannot be read is named rather than ending the walk. Entries it will not read come back as problems.
/// </summary>
public static class FolderWalk
{
    /// <summary>What a walk found: the candidate files and the entries it passed over, each with its reason.</summary>
    public sealed record Found(IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Problem)> Problems);

    /// <summary>
    /// Walks <paramref name="root"/>: <paramref name="isDocument"/> picks the files worth reading by name, and
    /// folders <paramref name="isSkippedFolder"/> names (".git", a saved page's "_files") are not entered.
    /// </summary>
    public static Found Walk(string root, Func<string, bool> isDocument, Func<string, bool> isSkippedFolder)
    {
        var files = new List<string>();
        var problems = new List<(string, string)>();
        var folders = new Stack<DirectoryInfo>();
        folders.Push(new DirectoryInfo(root));
        while (folders.Count > 0)
        {
            DirectoryInfo folder = folders.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                problems.Add((folder.FullName, $"the folder cannot be read ({e.Message}); nothing in it was ingested."));
                continue;
            }

            foreach (FileSystemInfo entry in entries)
            {
                bool wanted = entry is DirectoryInfo ? !isSkippedFolder(entry.Name) : isDocument(entry.Name);
                if (!wanted)
                {
                    continue;
                }

                if (entry.LinkTarget is string target)
                {
                    problems.Add((entry.FullName, $"is a link (to {target}); links in a folder are not followed, name the target itself to ingest it."));
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    folders.Push(subfolder);
                }
                else if (entry is FileInfo { Length: 0 })
                {
                    // A pipe, a socket or a device reports no length; opening a pipe would wait for a writer for ever.
                    problems.Add((entry.FullName, "is empty, or is a pipe, socket or device rather than a file; it was not opened."));
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new Found(files, problems);
    }

    /// <summary>
    /// The bytes of <paramref name="path"/>, refusing before reading anything past <see cref="TextDecoder.MaxBytes"/>
    /// (a file can grow while it is read, so the limit holds for what is read, not only for its size beforehand).
    /// </summary>
    public static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > TextDecoder.MaxBytes)
        {
            throw new Ingestion.IngestionException(Path.GetFileName(path), TooLarge(stream.Length));
        }

        var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > TextDecoder.MaxBytes)
            {
                throw new Ingestion.IngestionException(Path.GetFileName(path), TooLarge(buffer.Length + read));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooLarge(long bytes) => TextDecoder.TooLargeReason(bytes);
}
