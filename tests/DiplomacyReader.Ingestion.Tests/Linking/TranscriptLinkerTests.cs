using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Linking;

public sealed class TranscriptLinkerTests
{
    private const string Passage = "Japan and China share a significant responsibility for the peace and prosperity of the region and the international community, and we will build a constructive and stable relationship.";

    private static ReportedStatement Reported(string? quote, string text, string speaker = "k", DateOnly? date = null) =>
        new("press.txt", "s1", speaker, null, date ?? new DateOnly(2025, 1, 25), quote is null ? StatementKind.Indirect : StatementKind.Partial, text, quote);

    private static readonly TranscriptView s_transcript = new("speech.txt", "k", null, new DateOnly(2025, 1, 24), [new TranscriptPassage(0, "Unrelated opening words about the Diet session."), new TranscriptPassage(1, Passage)]);

    [Fact]
    public void Quoted_words_standing_in_the_passage_are_verbatim_whatever_the_punctuation()
    {
        Link link = Assert.Single(new TranscriptLinker().Link([Reported("Constructive and Stable,", "x")], [s_transcript]).Links);
        Assert.Equal(Fidelity.Verbatim, link.Fidelity);
        Assert.Equal(1, link.TargetPassage);
    }

    [Fact]
    public void Another_translation_is_close_not_verbatim()
    {
        Link link = Assert.Single(new TranscriptLinker().Link([Reported("huge responsibility for the peace and prosperity of the region and the world", "x")], [s_transcript]).Links);
        Assert.Equal(Fidelity.Close, link.Fidelity);
        Assert.InRange(link.Score, TranscriptLinker.CloseThreshold, 0.99);
    }

    [Fact]
    public void Other_speakers_other_weeks_and_unrelated_words_are_not_linked()
    {
        var linker = new TranscriptLinker();
        Assert.Empty(linker.Link([Reported("constructive and stable", "x", speaker: "other")], [s_transcript]).Links);
        Assert.Empty(linker.Link([Reported("constructive and stable", "x", date: new DateOnly(2025, 3, 1))], [s_transcript]).Links);
        Assert.Empty(linker.Link([Reported("a bold new tariff on steel imports", "x")], [s_transcript]).Links);
    }

    [Fact]
    public void A_quote_of_the_speaker_that_the_speech_does_not_contain_is_reported_missing()
    {
        var linker = new TranscriptLinker();
        LinkResult fabricated = linker.Link([Reported("a bold new tariff on steel imports", "x")], [s_transcript]);
        QuoteNotFound missing = Assert.Single(fabricated.QuotesNotFound);
        Assert.Contains("a bold new tariff on steel imports", missing.Message);
        Assert.Contains("2025-01-24", missing.Message);

        // Another speaker's quote, or reported speech without quotation marks, is not looked for.
        Assert.Empty(linker.Link([Reported("a bold new tariff on steel imports", "x", speaker: "other")], [s_transcript]).QuotesNotFound);
        Assert.Empty(linker.Link([Reported(null, "He spoke of a bold new tariff on steel imports.")], [s_transcript]).QuotesNotFound);
    }
}
