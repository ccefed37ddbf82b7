using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Evaluation.Html;

namespace DiplomacyReader.Evaluation.Tests.Html;

public sealed class ShingleScoreTests
{
    [Fact]
    public void Kept_chrome_costs_precision_and_a_dropped_paragraph_costs_recall()
    {
        const string Article = "the minister said the talks were productive and frank";
        // 9 words: 6 four-word shingles.
        Assert.Equal(new Counts(6, 0, 0), ShingleScore.Score(Article, Article));

        Counts withChrome = ShingleScore.Score(Article + " subscribe now to our daily newsletter", Article);
        Assert.Equal(6, withChrome.TruePositives);
        Assert.Equal(6, withChrome.FalsePositives); // "…frank subscribe now to" and on: 6 shingles not in the article
        Assert.Equal(0, withChrome.FalseNegatives);

        Counts halfKept = ShingleScore.Score("the minister said the talks", Article);
        Assert.Equal(new Counts(2, 0, 4), halfKept);
    }

    [Fact]
    public void Text_of_html_ignores_scripts_and_separates_text_nodes()
    {
        string text = ShingleScore.TextOf("<p>Tokyo<b>Seoul</b></p><script>var x = 1;</script><p>Beijing</p>");
        Assert.Equal(["Tokyo", "Seoul", "Beijing"], text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Prose_paragraphs_are_paragraphs_of_ten_words_or_more()
    {
        string[] prose = ShingleScore.ProseParagraphs("<p>By Jane Doe</p><p>One two three four five six seven eight nine ten.</p><li>one two three four five six seven eight nine ten</li>").ToArray();
        Assert.Equal(["One two three four five six seven eight nine ten."], prose);
    }
}
