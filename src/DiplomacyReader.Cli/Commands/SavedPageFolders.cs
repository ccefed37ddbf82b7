namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// The layout of a set of saved web pages (../shared/testdata/readability-pages, tests/html-holdout/*): one folder per page, with
/// the page as source.html and, where the page is scored, the reference article as expected.html.
/// </summary>
public static class SavedPageFolders
{
    public const string Source = "source.html";
    public const string Expected = "expected.html";

    /// <summary>The page folders under <paramref name="folder"/> in name order: those with a source, and with a reference when <paramref name="scored"/>.</summary>
    public static IEnumerable<string> In(string folder, bool scored) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(page => File.Exists(Path.Combine(page, Source)) && (!scored || File.Exists(Path.Combine(page, Expected))));
}
