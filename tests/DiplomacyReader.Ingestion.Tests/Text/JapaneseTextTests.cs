using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Tests.Text;

/// <summary>Japanese has no spaces between words: lengths, sentence ends and dates must not assume them.</summary>
public sealed class JapaneseTextTests
{
    [Theory]
    [InlineData("Foreign Minister Iwaya said", 4)]
    [InlineData("外務大臣", 2)]
    [InlineData("岩屋外務大臣は、日中関係について述べた。", 9)]
    [InlineData("日米 summit 会談", 3)]
    public void Word_counts_give_two_characters_of_japanese_a_word(string text, int words)
    {
        Assert.Equal(words, TextNormalizer.WordCount(text));
    }

    [Theory]
    [InlineData("令和7年1月24日", 2025, 1, 24)]
    [InlineData("2025年1月24日（金）", 2025, 1, 24)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("令和７年５月１６日", 2025, 5, 16)] // full-width digits, as Japanese pages often write them
    public void Japanese_dates_and_era_years_are_read(string line, int year, int month, int day)
    {
        Assert.Matches(LinePatterns.DateLine(), line);
        Assert.Equal(new DateOnly(year, month, day), LinePatterns.ParseDate(line));
    }

    [Fact]
    public void A_japanese_press_conference_reads_as_paragraphs_with_its_date()
    {
        const string text = """
            岩屋外務大臣会見記録

            令和7年1月24日

            岩屋外務大臣：本日、私から二点申し上げます。第一に、日中関係について、建設的かつ安定的な関係の構築に向けて、引き続き努力していきたいと考えています。

            第二に、中東情勢について、我が国は関係国と緊密に連携し、事態の沈静化に向けて外交努力を続けてまいります。
            """;

        SourceDocument document = TestPipeline.Process(text, "kaiken.txt");

        Assert.Equal(new DateOnly(2025, 1, 24), document.Date);
        Assert.Equal(2, document.Passages.Count(p => p.Kind == PassageKind.Paragraph));
        Assert.Equal("岩屋外務大臣会見記録", document.Title);
    }
}
