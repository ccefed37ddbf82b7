using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Tests.Text;

public sealed class QuoteScannerTests
{
    private static string[] Inner(string text) => QuoteScanner.Find(text).Select(q => text[q.Inner.Start..q.Inner.End]).ToArray();

    [Fact]
    public void Pairs_straight_and_curly_quotes()
    {
        Assert.Equal(["a new era", "firm resolve"], Inner("He hailed \"a new era\" and “firm resolve” today."));
    }

    [Fact]
    public void A_straight_quotation_inside_a_curly_one_does_not_close_it()
    {
        Assert.Equal(["I could never translate \"yabba dabba doo.'"], Inner("“I could never translate \"yabba dabba doo.'” he said."));
        Assert.Equal(["We call it \"peace\" here,", "fine."], Inner("“We call it \"peace\" here,” he said, and “fine.”"));
        Assert.Equal(["I could never translate \"yabba dabba doo.'"], Inner("Kishida: \"I could never translate \"yabba dabba doo.'\"")); // all straight
        Assert.Equal(["We call it \"peace\" here,"], Inner("\"We call it \"peace\" here,\" he said."));
        Assert.Equal(["This is why he is the 'Title Sponsor,' ", "But they know."], Inner("\"This is why he is the 'Title Sponsor,' \" Eric Trump wrote. \"But they know.\""));
        Assert.Equal(["a new era", "firm resolve"], Inner("He hailed “a new era\" and \"firm resolve\" today.")); // no curly close after: the straight mark closes
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end()
    {
        IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find("He said: “We will not give up.");
        QuoteSpan quote = Assert.Single(quotes);
        Assert.False(quote.Closed);
    }

    [Fact]
    public void Apostrophes_and_inch_marks_after_words_do_not_open_quotes()
    {
        Assert.Empty(QuoteScanner.Find("Japan’s stance is the minister's view, a 12\" gap."));
    }
}
