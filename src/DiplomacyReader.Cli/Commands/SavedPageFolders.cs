namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// The layout of a set of saved web pages (../shared/testdata/readability-pages, tests/html-holdout/*): one folder per page, with
/// the page as source.html and, where the page is scored, the reference article as expected.html. A reference
/// that is word for word one of ../shared's is not copied: expected.from names it, relative to the page folder,
/// and the page is scored only where ../shared is there.
/// </summary>
public static class SavedPageFolders
{
    public const string Source = "source.html";
    public const string Expected = "expected.html";
    public const string ExpectedFrom = "expected.from";

    /// <summary>The page folders under <paramref name="folder"/> in name order: those with a source, and with a reference when <paramref name="scored"/>.</summary>
    public static IEnumerable<string> In(string folder, bool scored) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(page => File.Exists(Path.Combine(page, Source)) && (!scored || File.Exists(ExpectedPath(page))));

    /// <summary>Where the page's reference article is: its own expected.html, or the file its expected.from names.</summary>
    public static string ExpectedPath(string page)
    {
        string from = Path.Combine(page, ExpectedFrom);
        return File.Exists(from) ? Path.GetFullPath(Path.Combine(page, File.ReadAllText(from).Trim())) : Path.Combine(page, Expected);
    }
}
