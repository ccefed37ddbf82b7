using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_prints_a_line_per_file_and_a_summary_and_fails_when_one_file_fails()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("cli.db");
        string binary = folder.File("photo.dat"); // binary content under a name that does not say so
        await File.WriteAllBytesAsync(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["ingest", RepositoryPaths.Seeds, binary, "--db", database], output);
        SqliteConnection.ClearAllPools();

        string[] lines = output.ToString().Trim().Split('\n');
        Assert.Equal(1, exit);
        Assert.Equal(7, lines.Length);
        Assert.Equal(5, lines.Count(l => l.StartsWith("ingested  ", StringComparison.Ordinal)));
        Assert.Equal("failed    photo.dat: the file holds binary data (NUL bytes), not text.", lines[5]);
        Assert.Equal("6 files: 5 ingested, 0 duplicate, 1 failed.", lines[6]);
    }

    [Fact]
    public async Task Ingesting_again_reports_duplicates_and_succeeds()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("cli.db");
        await CliApplication.RunAsync(["ingest", RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"), "--db", database], new StringWriter());
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["ingest", RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"), "--db", database], output);
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, exit);
        Assert.StartsWith("duplicate 000_fb6d619591c2ab4c.txt", output.ToString());
    }
}

/// <summary>Issue 15: bad inputs mixed among good files in one folder run. Every good file is stored, every bad one named with its reason.</summary>
public sealed class IngestFolderWithHostileInputsTests
{
    // .NET cannot make a named pipe; Debian's coreutils can.
    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task Every_good_file_is_stored_and_every_bad_entry_is_named_with_its_reason()
    {
        using var folder = new TemporaryFolder();
        string documents = Directory.CreateDirectory(folder.File("in")).FullName;
        string[] good = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        foreach (string seed in good[..4])
        {
            File.Copy(seed, Path.Combine(documents, Path.GetFileName(seed)));
        }

        // A sub-folder whose manifest does not parse: its file is still stored, on what the pipeline finds.
        string sub = Directory.CreateDirectory(Path.Combine(documents, "sub")).FullName;
        File.Copy(good[4], Path.Combine(sub, Path.GetFileName(good[4])));
        await File.WriteAllTextAsync(Path.Combine(sub, "manifest.json"), "{\n  \"sources\": [ {\"file\": 3");

        await File.WriteAllTextAsync(Path.Combine(documents, "crasher.txt"), "* \"\n f");
        await File.WriteAllTextAsync(Path.Combine(documents, "quotes.md"), new string('>', 10_000) + " Iwaya said");
        await File.WriteAllTextAsync(Path.Combine(documents, "deep.html"), string.Concat(Enumerable.Repeat("<div>", 5_000)) + "Iwaya said");
        await File.WriteAllTextAsync(Path.Combine(documents, "empty.txt"), "");
        MakeFifo(Path.Combine(documents, "fifo.txt"));
        Directory.CreateSymbolicLink(Path.Combine(documents, "loop"), documents);
        File.CreateSymbolicLink(Path.Combine(documents, "elsewhere.txt"), good[0]);

        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["ingest", documents, "--db", folder.File("cli.db")], output);
        SqliteConnection.ClearAllPools();

        string[] lines = output.ToString().Trim().Split('\n');
        Assert.Equal(1, exit);
        foreach (string file in good.Select(g => Path.GetFileName(g)).Append("crasher.txt"))
        {
            Assert.Contains(lines, l => l.StartsWith($"ingested  {file} → ", StringComparison.Ordinal));
        }

        AssertFailed("quotes.md", "nested deeper");
        AssertFailed("deep.html", "nested deeper than 512");
        AssertFailed("empty.txt", "not opened");
        AssertFailed("fifo.txt", "pipe, socket or device");
        AssertFailed("loop", "links in a folder are not followed");
        AssertFailed("elsewhere.txt", "links in a folder are not followed");
        AssertFailed("manifest.json", "line 2");
        Assert.Equal("13 files: 6 ingested, 0 duplicate, 7 failed.", lines[^1]);

        void AssertFailed(string file, string reason) =>
            Assert.Contains(lines, l => l.StartsWith($"failed    {file}: ", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_ends_the_run_with_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        string notAFolder = folder.File("file");
        await File.WriteAllTextAsync(notAFolder, "x");
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["ingest", RepositoryPaths.Seeds, "--db", Path.Combine(notAFolder, "store.db")], output);

        Assert.Equal(2, exit);
        Assert.StartsWith("error     the store at", output.ToString());
    }
}

/// <summary><c>ingest --feed URL</c>: one poll, from a real site on a loopback port.</summary>
public sealed class IngestFeedOnceTests
{
    [Fact]
    public async Task A_feed_polled_once_stores_each_items_page_with_the_items_title_and_date()
    {
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Microsoft.AspNetCore.Http.Results.Content(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x/</link><description>d</description>"
                + "<item><title>Iwaya meets Wang</title><link>/a.html</link><pubDate>Mon, 13 Jan 2025 09:00:00 GMT</pubDate></item>"
                + "<item><title>Gone</title><link>/gone.html</link></item></channel></rss>", "application/rss+xml"));
            app.MapGet("/a.html", () => Microsoft.AspNetCore.Http.Results.Content(
                "<html><body><article><p>Foreign Minister Takeshi Iwaya said on Monday that \"talks go on\".</p></article></body></html>", "text/html"));
        });
        using var folder = new TemporaryFolder();
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["ingest", "--feed", site.Url("/feed.xml").AbsoluteUri, "--db", folder.File("cli.db")], output);
        SqliteConnection.ClearAllPools();

        string[] lines = output.ToString().Trim().Split('\n');
        Assert.Equal(1, exit); // one item's page is gone
        Assert.StartsWith("ingested  a.html → iwaya-meets-wang ", lines[0]);
        Assert.StartsWith("failed    gone.html: ", lines[1]);
        Assert.Contains("answered 404", lines[1]);
        Assert.Equal("2 files: 1 ingested, 0 duplicate, 1 failed.", lines[^1]);
    }
}
