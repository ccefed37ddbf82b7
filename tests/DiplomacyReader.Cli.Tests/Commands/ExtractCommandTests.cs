using System.Text.Json;

namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_prints_the_export_document_for_a_folder()
    {
        (int exit, string output, _) = await RunAsync("extract", "--format", "json", RepositoryPaths.Seeds);

        Assert.Equal(0, exit);
        JsonElement[] sources = JsonDocument.Parse(output).RootElement.GetProperty("sources").EnumerateArray().ToArray();
        Assert.Equal(["000_fb6d619591c2ab4c.txt", "001_08484923193f66f5.txt", "002_db39fb9482dc13f4.txt", "003_79078e7f8c0fa45c.txt", "004_2a321024375fa7f3.txt"],
            sources.Select(s => s.GetProperty("file").GetString()));
        JsonElement transcript = sources[1];
        Assert.Equal("transcript", transcript.GetProperty("kind").GetString());
        Assert.All(transcript.GetProperty("statements").EnumerateArray(), s => Assert.Equal("Takeshi Iwaya", s.GetProperty("speaker").GetProperty("name").GetString()));

        JsonElement press = sources[0];
        JsonElement constructive = press.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("quote").GetString() == "constructive and stable");
        JsonElement link = press.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("statement").GetString() == constructive.GetProperty("id").GetString());
        Assert.Equal("001_08484923193f66f5.txt", link.GetProperty("targetFile").GetString());
        Assert.Equal("verbatim", link.GetProperty("fidelity").GetString());
        Assert.Contains(sources[4].GetProperty("passages").EnumerateArray(), p => p.GetProperty("kind").GetString() == "table");
    }

    [Fact]
    public async Task Extract_names_a_bad_file_on_stderr_and_still_prints_the_rest()
    {
        using var folder = new TemporaryFolder();
        string empty = folder.File("empty.txt");
        await File.WriteAllBytesAsync(empty, []);

        (int exit, string output, string error) = await RunAsync("extract", empty, RepositoryPaths.Seed("003_79078e7f8c0fa45c.txt"));

        Assert.Equal(1, exit);
        Assert.Equal("empty.txt: the file is empty.", error.Trim());
        Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        (int exit, _, string error) = await RunAsync("extract", "--format", "xml", RepositoryPaths.Seeds);
        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error);
    }
}
