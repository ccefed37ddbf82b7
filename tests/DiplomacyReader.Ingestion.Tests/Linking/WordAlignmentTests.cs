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
}
