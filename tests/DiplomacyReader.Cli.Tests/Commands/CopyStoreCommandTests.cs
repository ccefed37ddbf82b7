namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class CopyStoreCommandTests
{
    [Fact]
    public async Task A_missing_sqlite_file_is_named_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["copy-store", "--from", folder.File("absent.db"), "--to", "Host=127.0.0.1;Port=1;Database=never"], output);

        Assert.Equal(2, exit);
        Assert.Contains("absent.db: no such SQLite store", output.ToString());
        Assert.False(File.Exists(folder.File("absent.db")), "the copy must not create the store it was asked to read");
    }

    [Fact]
    public async Task An_unreachable_server_is_an_error_naming_the_store_with_its_password_masked()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("cli.db");
        await CliApplication.RunAsync(["ingest", RepositoryPaths.Seed(Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!), "--db", database], new StringWriter());
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["copy-store", "--from", database, "--to", "Host=127.0.0.1;Port=1;Database=never;Password=secret;Timeout=2"], output);

        Assert.Equal(2, exit);
        Assert.Contains("nothing was written", output.ToString());
        Assert.DoesNotContain("secret", output.ToString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
