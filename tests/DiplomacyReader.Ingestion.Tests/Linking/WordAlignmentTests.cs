using DiplomacyReader.Ingestion.Linking;

namespace DiplomacyReader.Ingestion.Tests.Linking;

public sealed class WordAlignmentTests
{
    private const string Speech = "The Japan-U.S. Alliance is the cornerstone of Japan’s diplomacy and security, and enhancing and strengthening this Alliance is a top priority for the Ishiba administration.";

    [Fact]
    public void Finds_the_stretch_of_the_passage_a_short_quote_renders()
    {
        Alignment alignment = WordAlignment.Align("a top priority", Speech)!;
        Assert.Equal("a top priority", Speech[alignment.Start..alignment.End]);
        Assert.Equal(1.0, alignment.Score);
        Assert.All(alignment.Diff, w => Assert.Equal(WordChange.Same, w.Change));
    }

    [Fact]
    public void Spells_out_what_another_translation_changed()
    {
        Alignment alignment = WordAlignment.Align("The Japan-U.S. alliance is the linchpin of our nation's foreign and security policies", Speech)!;
        Assert.Contains(new WordDiff(WordChange.Added, "linchpin"), alignment.Diff);
        Assert.Contains(new WordDiff(WordChange.Dropped, "cornerstone"), alignment.Diff);
        Assert.Contains(new WordDiff(WordChange.Same, "Alliance"), alignment.Diff);
        Assert.InRange(alignment.Score, 0.2, 0.8);
    }

    [Fact]
    public void Unrelated_words_do_not_align() => Assert.Null(WordAlignment.Align("tariffs on steel", "Peace and stability across the strait."));

    [Fact]
    public void The_score_bound_is_never_below_the_alignments_score()
    {
        // Every sentence of the seeds against every other: the linker skips an alignment on this bound.
        string[] sentences = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 20).Take(120).ToArray();
        int aligned = 0;
        foreach (string reported in sentences)
        {
            foreach (string passage in sentences)
            {
                double score = WordAlignment.Align(reported, passage)?.Score ?? 0;
                aligned += score > 0 ? 1 : 0;
                Assert.True(WordAlignment.ScoreBound(reported, passage) >= score, $"bound under the score {score} for “{reported}” in “{passage}”");
            }
        }

        Assert.True(aligned > 1000, "the pairs must include many that align");
    }
}
