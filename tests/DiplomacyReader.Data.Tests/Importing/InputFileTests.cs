using DiplomacyReader.Data.Importing;

namespace DiplomacyReader.Data.Tests.Importing;

public sealed class InputFileTests
{
    [Fact]
    public void A_folder_of_saved_pages_yields_the_pages_not_what_the_browser_saved_beside_them()
    {
        using var folder = new TemporaryFolder();
        string[] files =
        [
            "Ministers meet.html", "Ministers meet_files/app.js", "Ministers meet_files/style.css", "Ministers meet_files/ad-frame.html",
            "Ministers meet_files/photo.jpg", "notes.txt", "briefing.md", "logo.PNG", ".DS_Store", ".git/HEAD", "archive/older.htm",
        ];
        foreach (string file in files)
        {
            string path = folder.File(file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        string[] collected = InputFile.Collect([folder.Path]).Select(f => Path.GetRelativePath(folder.Path, f.Path).Replace('\\', '/')).ToArray();

        Assert.Equal(["Ministers meet.html", "archive/older.htm", "briefing.md", "notes.txt"], collected);
    }

    [Fact]
    public async Task A_script_named_outright_is_refused_with_the_reason_and_nothing_is_stored()
    {
        await using TestStore store = await TestStore.CreateAsync();
        string script = store.Folder.File("app.js");
        File.WriteAllText(script, "var story = 'Foreign Minister Takeshi Iwaya said Japan would \"work for peace\".';");
        string before = await store.SnapshotAsync();

        ImportResult result = Assert.Single(await store.ImportAsync(script));

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal("app.js", result.FileName);
        Assert.Contains("not a document", result.Reason ?? string.Empty);
        Assert.Equal(before, await store.SnapshotAsync());
    }
}
