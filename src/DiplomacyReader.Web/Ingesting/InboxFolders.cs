using System.Globalization;

namespace DiplomacyReader.Web.Ingesting;

/// <summary>The inbox and its sub-folders: processing/ (files named "{job id}-{name}"), done/ and failed/.</summary>
public sealed class InboxFolders(string inbox)
{
    public string Inbox => inbox;

    public string ProcessingFolder => Path.Combine(inbox, "processing");

    public string DoneFolder => Path.Combine(inbox, "done");

    public string FailedFolder => Path.Combine(inbox, "failed");

    public void Create()
    {
        Directory.CreateDirectory(ProcessingFolder);
        Directory.CreateDirectory(DoneFolder);
        Directory.CreateDirectory(FailedFolder);
    }

    public string Processing(long jobId, string name) => Path.Combine(ProcessingFolder, $"{jobId.ToString(CultureInfo.InvariantCulture)}-{name}");

    public static long? JobIdOf(string path) =>
        Path.GetFileName(path).Split('-', 2) is [string id, _] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : null;

    public static string NameOf(string processingPath) => Path.GetFileName(processingPath).Split('-', 2)[1];

    public void Done(string path, string name) => File.Move(path, Free(Path.Combine(DoneFolder, name)));

    /// <summary>Moves the file to failed/ and writes why beside it.</summary>
    public void Fail(string path, string name, string reason)
    {
        string target = Free(Path.Combine(FailedFolder, name));
        File.Move(path, target);
        File.WriteAllText(target + ".error.txt", $"{name}: {reason}{Environment.NewLine}");
    }

    // A name already taken in done/ or failed/ (the same file dropped twice) gets a number: "report (2).txt".
    private static string Free(string path)
    {
        string folder = Path.GetDirectoryName(path)!, stem = Path.GetFileNameWithoutExtension(path), extension = Path.GetExtension(path);
        for (int n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem} ({n}){extension}");
        }

        return path;
    }
}
