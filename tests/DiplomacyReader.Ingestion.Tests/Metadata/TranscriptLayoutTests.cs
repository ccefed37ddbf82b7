using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

/// <summary>Transcripts recognised by their layout (labelled turns), whoever speaks in them.</summary>
public sealed class TranscriptLayoutTests
{
    private const string JointPressConference = """
        Joint Press Conference

        PRESIDENT TRUMP: Thank you very much. We had a very good meeting today, and we agreed on a great deal of cooperation.

        PRIME MINISTER ISHIBA: I thank the President for his warm welcome. We confirmed that our alliance will keep the region free and open.

        Q: Mr. Prime Minister, what did you say about the tariffs?

        PRIME MINISTER ISHIBA: I said that tariffs harm investment in both our countries.
        """;

    [Fact]
    public void Each_turn_of_a_joint_press_conference_is_its_speakers_and_the_question_is_nobodys()
    {
        SourceDocument document = TestPipeline.Process(JointPressConference, date: new DateOnly(2025, 2, 7));

        Assert.Equal(SourceKind.Transcript, document.Kind);
        StatementRecord[] official = document.Statements.Where(s => s.Kind == StatementKind.Official).ToArray();
        Assert.Contains(official, s => s.Text.StartsWith("We had a very good meeting", StringComparison.Ordinal) && s.Speaker?.Name == "Donald Trump");
        Assert.Contains(official, s => s.Text.StartsWith("We confirmed that our alliance", StringComparison.Ordinal) && s.Speaker?.Name == "Shigeru Ishiba");
        Assert.Contains(official, s => s.Text.StartsWith("I said that tariffs", StringComparison.Ordinal) && s.Speaker?.Name == "Shigeru Ishiba");
        Assert.DoesNotContain(document.Statements, s => s.Text.Contains("what did you say", StringComparison.Ordinal));
        Assert.Equal(PassageKind.Question, document.Passages.Single(p => p.Text.StartsWith("Q:", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void A_spokesperson_outside_the_knowledge_base_answering_an_outlet_is_a_transcript_with_a_new_speaker()
    {
        SourceDocument document = TestPipeline.Process("""
            Lin Jian: The election is an internal affair of Japan. We urge Japan to reflect on its history.

            Kyodo News: What does China expect from the new government?

            Lin Jian: We hope Japan will honour its commitments on Taiwan.
            """);

        Assert.Equal(SourceKind.Transcript, document.Kind);
        Assert.Equal("Lin Jian", document.TranscriptSpeaker?.Name);
        Assert.Null(document.TranscriptSpeaker?.KnowledgeBaseKey);
        Assert.All(document.Statements, s => Assert.Equal("Lin Jian", s.Speaker?.Name));
        Assert.DoesNotContain(document.Statements, s => s.Text.Contains("What does China expect", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_and_quote_lines_of_a_news_story_do_not_make_it_a_transcript()
    {
        SourceDocument document = TestPipeline.Process("""
            Kishida Humors U.S. Congress

            WASHINGTON, April 12 - Prime Minister Fumio Kishida delivered a speech in Congress that began with humour, earning laughter from the chamber.

            Kishida: "I never get such nice applause from the Japanese Diet."

            Biden: "It was a historic address."

            The assembly was amused when Kishida recalled a cartoon he watched as a child, reporters said.
            """);

        Assert.Equal(SourceKind.Press, document.Kind);
    }

    [Theory]
    [InlineData("Opening Statement by President Ferdinand R. Marcos Jr. at the Philippines-Japan Bilateral Meeting", "Ferdinand Marcos Jr.", "President")]
    [InlineData("Remarks by Prime Minister Anthony Albanese at the Australia-Japan Leaders' Meeting", "Anthony Albanese", "Prime Minister")]
    public void A_titled_speaker_outside_the_knowledge_base_is_named_from_the_heading_without_the_event(string heading, string name, string role)
    {
        SourceDocument document = TestPipeline.Process($"""
            {heading}

            Your Excellency, it is a pleasure to welcome you and your delegation. I recall my visit last year, and I thank you for your hospitality.

            Our meeting today builds upon the momentum of the recent past, and we look forward to expanding our cooperation with you.
            """);

        Assert.Equal(SourceKind.Transcript, document.Kind);
        Assert.Equal((name, role), (document.TranscriptSpeaker?.Name, document.TranscriptSpeaker?.Role));
        Assert.All(document.Statements, s => Assert.Equal(name, s.Speaker?.Name));
    }

    [Fact]
    public void A_heading_naming_an_office_without_a_person_names_nobody()
    {
        SourceDocument document = TestPipeline.Process("""
            Statement by the Ministry of Foreign Affairs on the Situation in the Middle East

            We are deeply concerned about the situation, and we call on all parties to exercise restraint.
            """);

        Assert.Null(document.TranscriptSpeaker);
    }

    [Fact]
    public void A_heading_naming_an_office_is_its_holder_where_the_record_names_that_holder_on_its_day()
    {
        const string record = """
            Press Conference by the Prime Minister regarding His Attendance at a G7 Leaders' Teleconference

            I attended a G7 Leaders' Teleconference a short while ago, and I stated the following three points.

            (On the meeting where PM Ishiba expressed Japan's condemnation of the attack)

            Regarding specific remarks made by each participating leader, we are not in a position to disclose them.
            """;

        Assert.Equal("Shigeru Ishiba", TestPipeline.Process(record, date: new DateOnly(2024, 10, 2)).TranscriptSpeaker?.Name);
        // A day before he took office the text names nobody who held it; without the name, nobody at all.
        Assert.Null(TestPipeline.Process(record, date: new DateOnly(2024, 9, 1)).TranscriptSpeaker);
        Assert.Null(TestPipeline.Process(record.Replace("PM Ishiba", "the Prime Minister"), date: new DateOnly(2024, 10, 2)).TranscriptSpeaker);
    }

    [Theory]
    [InlineData("I am very pleased to be the first Korean President in 12 years to visit Japan, and I thank the people of Japan.", "2023-03-16", "Yoon Suk Yeol")]
    [InlineData("As Prime Minister of Japan, I would like to thank the people of Australia for their warm welcome.", "2024-02-01", "Fumio Kishida")]
    public void A_speech_naming_nobody_is_its_speakers_who_says_which_office_they_hold(string opening, string date, string speaker)
    {
        SourceDocument document = TestPipeline.Process($"""
            {opening}

            We agreed to deepen our cooperation in security and the economy, and I look forward to working with you.
            """, date: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind: SourceKind.Transcript);

        Assert.Equal(speaker, document.TranscriptSpeaker?.Name);
        Assert.All(document.Statements, s => Assert.Equal(speaker, s.Speaker?.Name));
    }

    [Theory]
    [InlineData("I am very pleased to welcome the President of Korea to Japan.")] // another's office
    [InlineData("As the President said, we will deepen our cooperation.")] // no first person after it, and no country
    [InlineData("“I am the President of Korea,” he told the crowd, and I listened.")] // quoted
    public void An_office_that_is_not_the_speakers_own_names_nobody(string opening)
    {
        SourceDocument document = TestPipeline.Process($"""
            {opening}

            We agreed to deepen our cooperation in security and the economy.
            """, date: new DateOnly(2023, 3, 16), kind: SourceKind.Transcript);

        Assert.Null(document.TranscriptSpeaker);
    }
}
