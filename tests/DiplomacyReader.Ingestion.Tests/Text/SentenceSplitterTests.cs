using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Does_not_split_after_abbreviations_or_inside_quotes()
    {
        string[] sentences = Sentences("The U.S. envoy met Gen. Nakatani on Feb. 3. \"We agreed. We will meet again,\" he said. Talks end today.");
        Assert.Equal(
            ["The U.S. envoy met Gen. Nakatani on Feb. 3.", "\"We agreed. We will meet again,\" he said.", "Talks end today."],
            sentences);
    }

    [Fact]
    public void Does_not_split_after_the_short_titles_of_american_copy()
    {
        Assert.Equal(
            ["“It went well,” said Rev. Kyle Tatum, a pastor in Ft. Worth.", "Sgt. Ana Ruiz agreed."],
            Sentences("“It went well,” said Rev. Kyle Tatum, a pastor in Ft. Worth. Sgt. Ana Ruiz agreed."));
    }

    [Fact]
    public void A_quotation_that_closes_a_sentence_of_narrative_ends_it_but_one_that_opens_a_sentence_keeps_its_clause()
    {
        Assert.Equal(
            ["The spokesman said the resolve was “unswerving.”", "He also responded to Trump, who said he expected “peace through strength.”"],
            Sentences("The spokesman said the resolve was “unswerving.” He also responded to Trump, who said he expected “peace through strength.”"));
        Assert.Equal(["“We will win. We will never give up.” Iwaya said so twice."], Sentences("“We will win. We will never give up.” Iwaya said so twice."));
        Assert.Equal(["He called it “a step. A small one,” and left."], Sentences("He called it “a step. A small one,” and left."));
    }

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_a_sentence()
    {
        Assert.Equal(["Japan will work with the U.S.", "The talks start Monday."], Sentences("Japan will work with the U.S. The talks start Monday."));
    }

    [Fact]
    public void Japanese_sentences_end_at_full_stops_but_not_inside_corner_brackets()
    {
        Assert.Equal(
            ["外相は会談に臨んだ。", "「日中関係は重要だ。安定させたい」と述べた。", "会談は一時間続いた。"],
            Sentences("外相は会談に臨んだ。「日中関係は重要だ。安定させたい」と述べた。会談は一時間続いた。"));
    }
}
