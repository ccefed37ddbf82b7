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
