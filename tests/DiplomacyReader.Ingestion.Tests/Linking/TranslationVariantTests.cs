using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Linking;

/// <summary>Another translation of the official words (感謝 as "grateful" where the ministry wrote "appreciate") still renders the passage.</summary>
public sealed class TranslationVariantTests
{
    private const string Passage = "We sincerely appreciate the heartwarming and tremendous support from around the world.";

    [Theory]
    [InlineData("truly grateful")]
    [InlineData("really grateful for the support")]
    public void A_quote_in_another_translations_words_renders_the_passage_closely(string quote)
    {
        (Fidelity fidelity, double score) = TranscriptLinker.Compare(Quoted(quote), Passage)!.Value;
        Assert.Equal(Fidelity.Close, fidelity);
        Assert.InRange(score, TranscriptLinker.CloseThreshold, 1.0);
    }

    [Fact]
    public void Words_of_no_shared_group_still_do_not_render_it()
    {
        Assert.Null(TranscriptLinker.Compare(Quoted("truly regrettable"), Passage));
        Assert.Null(TranscriptLinker.Compare(Quoted("deeply worried"), Passage));
    }

    [Fact]
    public void The_official_wording_stays_verbatim_and_the_variant_only_close()
    {
        Assert.Equal(Fidelity.Verbatim, TranscriptLinker.Compare(Quoted("sincerely appreciate"), Passage)!.Value.Fidelity);
        Assert.Equal(Fidelity.Close, TranscriptLinker.Compare(Quoted("sincerely grateful"), Passage)!.Value.Fidelity);
    }

    private static ReportedStatement Quoted(string quote) =>
        new("report.txt", "s1", "iwaya", "Takeshi Iwaya", new DateOnly(2024, 4, 6), StatementKind.Partial, $"Iwaya said Japan was “{quote}”.", quote);
}
