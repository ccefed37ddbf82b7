using System.Text;
using DiplomacyReader.Ingestion.Metadata;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

/// <summary>A document with no title of its own is known by its first sentence, never by its file name.</summary>
public sealed class HeadlineTests
{
    private static SourceDocument Process(string text, KnownFacts? known = null) =>
        TestPipeline.Default.Process(new SourceInput("000_fb6d619591c2ab4c.txt", Encoding.UTF8.GetBytes(text), known));

    [Fact]
    public void A_short_first_sentence_is_the_headline()
    {
        SourceDocument document = Process("Japan and China agreed to resume talks.\n\nForeign Minister Takeshi Iwaya said the talks would \"start soon\".\n");
        Assert.Equal("Japan and China agreed to resume talks", document.Title);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_with_an_ellipsis()
    {
        SourceDocument document = Process("Foreign Minister Takeshi Iwaya on Friday renewed Japan's pledge to strengthen its alliance with the United States under new President Donald Trump.\n\nMore text follows here in a second paragraph.\n");

        Assert.EndsWith("…", document.Title);
        Assert.True(document.Title!.Length <= DescribeSourceStep.MaxHeadlineLength + 1, document.Title);
        Assert.StartsWith("Foreign Minister Takeshi Iwaya on Friday renewed Japan's pledge", document.Title);
        Assert.DoesNotContain("allian…", document.Title); // cut between words, not inside one
    }

    [Fact]
    public void A_title_the_manifest_gives_wins()
    {
        SourceDocument document = Process("Japan and China agreed to resume talks.\n", new KnownFacts(Title: "Talks to resume"));
        Assert.Equal("Talks to resume", document.Title);
    }
}
