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
        // The linker skips an alignment on this bound.
        int aligned = 0;
        foreach ((string reported, string passage) in SeedSentencePairs())
        {
            double score = WordAlignment.Align(reported, passage)?.Score ?? 0;
            aligned += score > 0 ? 1 : 0;
            Assert.True(WordAlignment.ScoreBound(reported, passage) >= score, $"bound under the score {score} for “{reported}” in “{passage}”");
        }

        Assert.True(aligned > 1000, "the pairs must include many that align");
    }

    [Fact]
    public void The_score_alone_is_the_alignments_score()
    {
        // The linker keeps only the score, worked out on two rows of the table; the pages show the whole alignment.
        int differ = 0, aligned = 0;
        foreach ((string reported, string passage) in SeedSentencePairs())
        {
            double whole = WordAlignment.Align(reported, passage)?.Score ?? 0;
            aligned += whole > 0 ? 1 : 0;
            differ += WordAlignment.Score(reported, passage) == whole ? 0 : 1;
        }

        Assert.Equal(0, differ);
        Assert.True(aligned > 1000, "the pairs must include many that align");
    }

    [Fact]
    public void A_scored_pair_with_nothing_in_common_scores_zero() => Assert.Equal(0, WordAlignment.Score("tariffs on steel", "Peace and stability across the strait."));

    // Every sentence of the seeds against every other: 14,400 pairs, most unrelated, many sharing a few words.
    private static IEnumerable<(string Reported, string Passage)> SeedSentencePairs()
    {
        string[] sentences = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 20).Take(120).ToArray();
        return sentences.SelectMany(reported => sentences.Select(passage => (reported, passage)));
    }
}
