namespace DiplomacyReader.Cli.Tests.Commands;

/// <summary>The alignment quality gate: links checked by reading, quotes no transcript contains, sources that must stay clean.</summary>
public sealed class EvaluateLinksCommandTests
{
    [Fact]
    public async Task Alignment_gold_set_links_right_and_reports_the_invented_quote()
    {
        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["evaluate-links", Path.Combine(RepositoryPaths.Root, "tests", "alignment", "alignment.gold.json"), "--min-accuracy", "0.9"], output);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Quotes not found   P 1.000  R 1.000", output.ToString());
        Assert.Contains("flags on sources that must carry none 0", output.ToString());
    }
}
