using System.Text.RegularExpressions;

namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class BenchHtmlCommandTests
{
    [SharedDataFact]
    public async Task Reports_throughput_over_every_page_of_the_folder_and_names_the_slowest()
    {
        using var folder = new TemporaryFolder();
        foreach (string page in new[] { "bbc-1", "guardian-1" })
        {
            Directory.CreateDirectory(Path.Combine(folder.Path, page));
            File.Copy(Path.Combine(SharedData.ReadabilityPages, page, "source.html"), Path.Combine(folder.Path, page, "source.html"));
        }

        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["bench-html", folder.Path, "--runs", "1"], output);

        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^2 pages, [0-9.]+ MB: [0-9.]+ s per pass, [0-9.]+ MB/s, [0-9.]+ pages/s", RegexOptions.Multiline), text);
        Assert.Contains("  bbc-1: ", text);
        Assert.Contains("  guardian-1: ", text);
    }
}
