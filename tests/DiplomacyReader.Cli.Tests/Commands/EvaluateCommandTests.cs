namespace DiplomacyReader.Cli.Tests.Commands;

/// <summary>The extraction quality gate: a regression on the gold set fails CI.</summary>
public sealed class EvaluateCommandTests
{
    private static readonly string s_gold = Path.Combine(RepositoryPaths.Root, "tests", "gold");

    [Fact]
    public async Task Gold_set_meets_the_quote_and_speaker_targets()
    {
        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["evaluate", s_gold, "--min-quote-f1", "0.95", "--min-speaker-accuracy", "0.95", "--verbose"], output);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Statements from comments 0;", output.ToString());
    }

    [Fact]
    public async Task Evaluation_fails_when_a_threshold_cannot_be_met()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("a.txt"), "\"We will never give up,\" Foreign Minister Takeshi Iwaya said on Friday.");
        await File.WriteAllTextAsync(folder.File("a.gold.json"), """{ "quotes": [ { "quote": "We will not give up", "kind": "direct", "speaker": "Takeshi Iwaya" } ] }""");
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["evaluate", folder.Path, "--min-quote-f1", "0.95"], output);

        Assert.Equal(1, exit);
        Assert.Contains("P 0.000  R 0.000  F1 0.000", output.ToString());
        Assert.Contains("FAIL", output.ToString());
    }
}
