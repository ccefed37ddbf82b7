using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generated_corpus_ingests_with_statements_by_officials_in_office()
    {
        using var folder = new TemporaryFolder();
        string corpus = folder.File("corpus");
        Assert.Equal(0, await CliApplication.RunAsync(["generate", "--sources", "40", "--out", corpus, "--seed", "7"], new StringWriter()));
        Assert.Equal(41, Directory.GetFiles(corpus).Length); // 40 documents and the manifest

        var extract = new StringWriter();
        await CliApplication.RunAsync(["extract", corpus], extract);
        JsonElement[] sources = JsonDocument.Parse(extract.ToString()).RootElement.GetProperty("sources").EnumerateArray().ToArray();
        Assert.Equal(40, sources.Length);
        Assert.Equal(4, sources.Count(s => s.GetProperty("kind").GetString() == "transcript"));
        Assert.All(sources, s => Assert.Contains(s.GetProperty("statements").EnumerateArray(), st => st.GetProperty("speaker").ValueKind == JsonValueKind.Object));
        Assert.All(sources, s => Assert.Empty(s.GetProperty("flags").EnumerateArray())); // every title is held on the report's date

        var ingest = new StringWriter();
        Assert.Equal(0, await CliApplication.RunAsync(["ingest", corpus, "--db", folder.File("store.db")], ingest));
        SqliteConnection.ClearAllPools();
        Assert.EndsWith("40 files: 40 ingested, 0 duplicate, 0 failed.", ingest.ToString().Trim());
    }
}
