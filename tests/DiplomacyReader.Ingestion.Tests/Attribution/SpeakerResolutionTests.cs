using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Attribution;

/// <summary>Speakers named by role alone resolve through the knowledge base at the source's date, never by guessing.</summary>
public sealed class SpeakerResolutionTests
{
    private const string RoleOnly = "\"We will respond calmly and firmly to any provocation,\" the prime minister told reporters at his office.";

    [Theory]
    [InlineData("2025-01-21", "Shigeru Ishiba")]
    [InlineData("2023-04-02", "Fumio Kishida")]
    [InlineData("2019-06-01", "Shinzo Abe")]
    [InlineData("2025-11-01", "Sanae Takaichi")]
    public void The_prime_minister_is_whoever_held_the_office_that_day(string date, string expected)
    {
        SourceDocument document = TestPipeline.Process(RoleOnly, date: DateOnly.Parse(date));
        StatementRecord statement = Assert.Single(document.Statements);
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal(expected, statement.Speaker?.Name);
        Assert.Equal("Prime Minister", statement.Speaker?.Role);
    }

    [Fact]
    public void Without_a_date_a_role_only_speaker_stays_unknown()
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process(RoleOnly).Statements);
        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void A_role_resolves_to_the_person_the_text_named_before()
    {
        const string text = "Chief Cabinet Secretary Yoshimasa Hayashi met the press on Monday.\n\n\"The alliance remains strong,\" the chief Cabinet secretary said.";
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Equal("Yoshimasa Hayashi", statement.Speaker?.Name);
    }

    [Fact]
    public void Family_name_first_capitals_find_the_known_actor()
    {
        const string text = "Press Conference by Foreign Minister KAMIKAWA Yoko\n\nMarch 5, 2024\n\nI will visit Seoul next week. We intend to deepen our cooperation with our neighbors and I hope our talks succeed.";
        SourceDocument document = TestPipeline.Process(text);
        Assert.Equal(SourceKind.Transcript, document.Kind);
        Assert.Equal("Yoko Kamikawa", document.TranscriptSpeaker?.Name);
        Assert.Equal("Minister for Foreign Affairs", document.TranscriptSpeaker?.Role);
        Assert.All(document.Statements, s => Assert.Equal("Yoko Kamikawa", s.Speaker?.Name));
    }

    [Fact]
    public void A_titled_person_outside_the_knowledge_base_becomes_a_new_actor()
    {
        const string text = "Australian Foreign Minister Penny Wong said the partners \"stand together on the rule of law\" in the region.";
        StatementRecord statement = Assert.Single(TestPipeline.Process(text, date: new DateOnly(2024, 9, 1)).Statements);
        Assert.Equal("Penny Wong", statement.Speaker?.Name);
        Assert.Null(statement.Speaker?.KnowledgeBaseKey);
        Assert.Equal("AU", statement.Speaker?.Country);
        Assert.Equal("Minister for Foreign Affairs", statement.Speaker?.Role);
    }

    [Fact]
    public void Pronouns_resolve_to_the_person_named_before()
    {
        const string text = "Defense Minister Gen Nakatani visited the base on Tuesday.\n\n\"Deterrence must be credible,\" he said.";
        StatementRecord statement = Assert.Single(TestPipeline.Process(text, date: new DateOnly(2025, 2, 4)).Statements);
        Assert.Equal("Gen Nakatani", statement.Speaker?.Name);
    }

    [Fact]
    public void Joint_subjects_are_not_given_to_one_of_them()
    {
        const string text = "Foreign Minister Takeshi Iwaya and Secretary of State Antony Blinken agreed to \"further strengthen deterrence\" of the alliance.";
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void A_pronoun_points_back_at_the_subject_of_the_last_sentence_naming_someone_not_at_a_name_inside_its_clause()
    {
        const string text = "Governor Dale Hartman, a Republican, predicted that voters would turn out if Senator Ruth Okafor ran.\n\n“They will come in droves,” he said.";
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements, s => s.Quote is not null);
        Assert.Equal("Dale Hartman", statement.Speaker?.Name);
    }

    [Fact]
    public void Two_reporting_clauses_joined_by_and_give_each_quotation_to_its_own_subject()
    {
        const string text = "Senator Ruth Okafor said the plan was “a disgrace to the state” and Governor Dale Hartman said it was “long overdue.”";
        SourceDocument document = TestPipeline.Process(text);
        Assert.Equal("Ruth Okafor", Assert.Single(document.Statements, s => s.Quote == "a disgrace to the state").Speaker?.Name);
        Assert.Equal("Dale Hartman", Assert.Single(document.Statements, s => s.Quote == "long overdue").Speaker?.Name);
    }
}
