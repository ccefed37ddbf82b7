namespace DiplomacyReader.Cli.Tests.Commands;

/// <summary>
/// The gates on real, labelled documents (../shared/corpus, handed over beside the clone). The floors sit just
/// below the figures of docs/extraction.md, so a change that loses ground on real coverage fails CI; they are
/// not the targets of the issue, which are higher and still ahead.
/// </summary>
public sealed class EvaluateCorporaCommandTests
{
    [SharedDataFact]
    public async Task Japan_dev_keeps_every_transcript_recognised_and_its_quote_link_and_fidelity_figures()
    {
        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(
        [
            "evaluate", SharedData.Corpus("japan-dev"), "--slice", "all",
            "--min-transcripts", "1", "--min-quote-f1", "0.90", "--min-speaker-accuracy", "0.97", "--min-named-speakers", "0.97",
            "--min-link-accuracy", "0.84", "--min-fidelity-accuracy", "0.81",
        ], output);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Transcripts recognised 10/10", output.ToString());
    }

    // Speaker accuracy counts a quote kept with no speaker as a wrong one; since the seventh round keeps quotes
    // whose verb of saying has a subject we cannot name (docs/extraction.md), its floor is lower than before and
    // named-speaker precision is the gate on who said it. The ninth round named more of those subjects (0.890, named
    // right 0.971), the tenth more again (0.921, named right 0.972, quote F1 0.780), the eleventh a little more (0.925,
    // named right 0.976, quote F1 0.779): the floors sit just under.
    [SharedDataFact]
    public async Task PolNeAR_dev_keeps_its_quote_f1_and_named_speaker_precision()
    {
        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["evaluate", SharedData.Corpus("polnear"), "--split", "dev", "--min-quote-f1", "0.77", "--min-speaker-accuracy", "0.92", "--min-named-speakers", "0.97"], output);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Gold documents: 84", output.ToString());
    }

    [SharedDataFact]
    public async Task An_unknown_slice_is_refused_with_the_slices_there_are()
    {
        var output = new StringWriter();
        int exit = await CliApplication.RunAsync(["evaluate", SharedData.Corpus("japan-dev"), "--slice", "nope"], output);
        Assert.Equal(2, exit);
        Assert.Contains("unknown slice 'nope' (dev, holdout, all)", output.ToString());
    }
}
