using System.Text;
using DiplomacyReader.Evaluation.Fuzzing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Evaluation.Tests.Fuzzing;

/// <summary>
/// Issue 15: no input can hang, crash or mislead the pipeline. Each input ends read, or refused with a
/// reason, within the time its size allows; none ends in a fault of the pipeline's own. Sizes are small
/// here for CI; <c>bench-fuzz</c> runs the same shapes to 8 MB and ten thousand mutants.
/// </summary>
public sealed class PipelineFuzzTests
{
    private static readonly IngestionPipeline s_pipeline = IngestionPipeline.CreateDefault();

    public static TheoryData<string> Shapes() => [.. HostileShapes.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_hostile_shape_ends_read_or_refused_within_its_budget(string name)
    {
        HostileShapes.Shape shape = HostileShapes.All.Single(s => s.Name == name);
        byte[] bytes = shape.Build(256 * 1024);

        FuzzOutcome outcome = await Task.Run(() => FuzzOutcome.Of(s_pipeline, new SourceInput(shape.FileName, bytes))).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(outcome.IsSound, $"{name}: {outcome.Result} after {outcome.Elapsed.TotalSeconds:0.0} s of {outcome.Allowed.TotalSeconds:0} s: {outcome.Reason}");
    }

    [Fact]
    public void The_six_bytes_that_once_ended_the_process_are_read()
    {
        FuzzOutcome outcome = FuzzOutcome.Of(s_pipeline, new SourceInput("crasher.txt", HostileShapes.SixByteCrasher));
        Assert.Equal(FuzzResult.Read, outcome.Result);
    }

    [Theory]
    [InlineData("quotes.md", 10_000)]
    [InlineData("list.md", 0)]
    [InlineData("emphasis.md", 0)]
    public void Markdown_nested_past_the_limit_is_refused_with_the_reason(string fileName, int quoteMarks)
    {
        string markdown = quoteMarks > 0 ? new string('>', quoteMarks) + " Iwaya said"
            : fileName == "list.md" ? string.Concat(Enumerable.Range(0, 300).Select(d => new string(' ', 2 * d) + "- item\n"))
            : string.Concat(Enumerable.Repeat("*a **b _c [d](e ", 20_000));

        FuzzOutcome outcome = FuzzOutcome.Of(s_pipeline, new SourceInput(fileName, Encoding.UTF8.GetBytes(markdown)));

        Assert.Equal(FuzzResult.Refused, outcome.Result);
        Assert.Contains("nested deeper", outcome.Reason);
    }

    [Fact]
    public async Task Two_thousand_mutants_of_the_seeds_end_read_or_refused_and_none_in_a_fault()
    {
        byte[][] seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        FuzzOutcome[] outcomes = await RunMutantsAsync(seeds, ".txt", count: 2_000, seed: 15);

        AssertSound(outcomes);
        Assert.Contains(outcomes, o => o.Result == FuzzResult.Read); // the mutants are still documents, mostly
    }

    [SharedDataFact]
    public async Task Four_hundred_mutants_of_saved_news_pages_end_read_or_refused_and_none_in_a_fault()
    {
        byte[][] pages = Directory.GetDirectories(SharedData.ReadabilityPages).Order(StringComparer.Ordinal)
            .Select(p => Path.Combine(p, "source.html")).Where(File.Exists).Select(File.ReadAllBytes).ToArray();
        FuzzOutcome[] outcomes = await RunMutantsAsync(pages, ".html", count: 400, seed: 1015);

        AssertSound(outcomes);
    }

    private static async Task<FuzzOutcome[]> RunMutantsAsync(byte[][] originals, string extension, int count, int seed)
    {
        var mutator = new Mutator(seed);
        (string Name, byte[] Bytes)[] mutants = Enumerable.Range(0, count).Select(i => ($"mutant-{seed}-{i}{extension}", mutator.Mutate(originals[i % originals.Length]))).ToArray();
        var outcomes = new FuzzOutcome[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, (i, _) =>
        {
            outcomes[i] = FuzzOutcome.Of(s_pipeline, new SourceInput(mutants[i].Name, mutants[i].Bytes));
            return ValueTask.CompletedTask;
        });
        return outcomes;
    }

    private static void AssertSound(FuzzOutcome[] outcomes)
    {
        FuzzOutcome[] unsound = outcomes.Where(o => !o.IsSound).ToArray();
        Assert.True(unsound.Length == 0, string.Join("\n", unsound.Take(5).Select(o => $"{o.FileName}: {o.Result} in {o.Elapsed.TotalSeconds:0.0} s: {o.Reason}")));
    }
}
