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
        LinkRecord link = Assert.Single(new TranscriptLinker().Link([Reported("Constructive and Stable,", "x")], [s_transcript]).Links);
        Assert.Equal(Fidelity.Verbatim, link.Fidelity);
        Assert.Equal(1, link.TargetPassage);
    }

    [Fact]
    public void Another_translation_is_close_not_verbatim()
    {
        LinkRecord link = Assert.Single(new TranscriptLinker().Link([Reported("huge responsibility for the peace and prosperity of the region and the world", "x")], [s_transcript]).Links);
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

public sealed class TranscriptLinkerWithoutDatesTests
{
    private const string Passage = "Japan will use these consultations to strongly urge the United States to reconsider its measures.";

    private static ReportedStatement Quote(string quote, DateOnly? date, string speaker = "ishiba") =>
        new("press.txt", "s1", speaker, null, date, StatementKind.Direct, quote, quote);

    private static TranscriptView Transcript(DateOnly? date, params TranscriptPassage[] passages) => new("speech.txt", "ishiba", "Shigeru Ishiba", date, passages);

    [Fact]
    public void A_missing_date_never_refuses_a_link_when_the_words_are_close_enough()
    {
        var linker = new TranscriptLinker();
        TranscriptView undated = Transcript(null, new TranscriptPassage(0, "Good evening."), new TranscriptPassage(1, Passage));

        LinkRecord link = Assert.Single(linker.Link([Quote("to strongly urge the United States to reconsider its measures", new DateOnly(2025, 4, 7))], [undated]).Links);
        Assert.Equal(1, link.TargetPassage);
        Assert.Equal(Fidelity.Verbatim, link.Fidelity);

        // Weeks after the speech, a stock phrase is no evidence of the event; a distinctive stretch is.
        TranscriptView dated = Transcript(new DateOnly(2025, 4, 7), new TranscriptPassage(0, Passage));
        Assert.Empty(linker.Link([Quote("urge the United States", new DateOnly(2025, 5, 20))], [dated]).Links);
        Assert.Single(linker.Link([Quote("to strongly urge the United States to reconsider its measures", new DateOnly(2025, 5, 20))], [dated]).Links);
    }

    [Fact]
    public void The_reporters_insertions_in_brackets_are_not_counted_against_the_quote()
    {
        var linker = new TranscriptLinker();
        LinkRecord link = Assert.Single(linker.Link([Quote("Japan will use these consultations to strongly urge the United States to reconsider its [tariff] measures", new DateOnly(2025, 4, 8))], [Transcript(new DateOnly(2025, 4, 7), new TranscriptPassage(0, Passage))]).Links);
        Assert.Equal(Fidelity.Verbatim, link.Fidelity);
    }

    [Fact]
    public void In_a_joint_press_conference_a_quote_links_only_to_its_speakers_turns()
    {
        var linker = new TranscriptLinker();
        TranscriptView joint = new("joint.txt", "trump", "Donald Trump", new DateOnly(2025, 2, 7),
            [new TranscriptPassage(0, "We will reconsider the measures together, as friends."), new TranscriptPassage(1, "We will reconsider the measures together, as allies.", "ishiba", "Shigeru Ishiba")]);

        LinkRecord link = Assert.Single(linker.Link([Quote("We will reconsider the measures together", new DateOnly(2025, 2, 7))], [joint]).Links);
        Assert.Equal(1, link.TargetPassage);
    }

    [Fact]
    public void A_report_tied_to_a_speech_by_one_close_quote_links_its_looser_ones_to_that_speech_too()
    {
        var linker = new TranscriptLinker();
        TranscriptView speech = Transcript(null,
            new TranscriptPassage(0, Passage),
            new TranscriptPassage(1, "We sincerely appreciate the heartwarming and tremendous support from the people of Taiwan."));
        ReportedStatement close = Quote("Japan will use these consultations to strongly urge the United States to reconsider", null);
        ReportedStatement loose = new("press.txt", "s2", "ishiba", null, null, StatementKind.Partial, "He praised the great, heartwarming support", "great, heartwarming support");

        // Alone, the loose fragment of another translation is no evidence of an undated event.
        Assert.Empty(linker.Link([loose], [speech]).Links);

        LinkResult both = linker.Link([close, loose], [speech]);
        Assert.Equal(2, both.Links.Count);
        Assert.Equal(1, Assert.Single(both.Links, l => l.StatementId == "s2").TargetPassage);

        // Another report's close quote establishes nothing for this one.
        ReportedStatement elsewhere = close with { File = "other.txt" };
        Assert.DoesNotContain(linker.Link([elsewhere, loose], [speech]).Links, l => l.StatementId == "s2");
    }
}
