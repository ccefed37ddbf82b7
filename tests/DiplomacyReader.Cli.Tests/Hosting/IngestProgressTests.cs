using DiplomacyReader.Cli.Hosting;
using DiplomacyReader.Data.Importing;

namespace DiplomacyReader.Cli.Tests.Hosting;

public sealed class IngestProgressTests
{
    [Fact]
    public void Redirected_output_gets_one_plain_line_per_file_as_it_ends()
    {
        var output = new StringWriter();
        var progress = new IngestProgress(output, total: 3, interactive: false);

        progress.Report(new ImportResult("a.txt", ImportOutcome.Ingested, "a"));
        string afterOne = output.ToString();
        progress.Report(new ImportResult("b.txt", ImportOutcome.Failed, Reason: "is empty."));

        Assert.Contains("a.txt", afterOne);
        Assert.DoesNotContain("\r", output.ToString());
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_terminal_gets_a_bar_with_the_rate_and_time_left_and_a_line_per_failure()
    {
        var output = new StringWriter();
        var progress = new IngestProgress(output, total: 4, interactive: true);

        progress.Report(new ImportResult("a.txt", ImportOutcome.Ingested, "a"));
        progress.Report(new ImportResult("b.txt", ImportOutcome.Failed, Reason: "is empty."));

        Assert.Matches(@"^\[#{15}-{15}\] 2 / 4  \d+ docs/s  .+ left$", progress.Bar());
        Assert.Contains("b.txt", output.ToString());
        Assert.DoesNotContain("a.txt", output.ToString()); // stored files are counted by the bar, not listed
    }
}
