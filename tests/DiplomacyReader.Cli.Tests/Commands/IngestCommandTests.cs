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
