using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Statements;

public sealed class PressStatementExtractorTests
{
    [Fact]
    public void Scare_quotes_without_a_speaker_are_not_statements()
    {
        const string text = "The administration's \"America First\" agenda and what critics call a \"transactional approach to allies and partners\" worry Tokyo.";
        Assert.Empty(TestPipeline.Process(text).Statements);
    }

    [Fact]
    public void A_quote_from_someone_the_knowledge_base_does_not_know_is_kept_and_its_speaker_is_a_new_actor()
    {
        // After a quotation and its inverted verb, a single capitalised word ending the clause can only be a name.
        const string text = "“Man’s greed in the ocean is hurting the whales,” says Parata, an elder of the Ngātiwai tribe. The \"Parata case\" drew attention, Reuters reported.";

        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);

        Assert.Equal("Man’s greed in the ocean is hurting the whales", statement.Quote);
        Assert.Equal("says", statement.Cue);
        Assert.Equal("Parata", statement.Speaker?.Name);
        Assert.Null(statement.Speaker?.KnowledgeBaseKey);
    }

    [Fact]
    public void A_news_agency_after_an_inverted_verb_is_not_a_speaker()
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process("“The talks will resume next week,” said Reuters.").Statements);
        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void Quote_after_its_attribution_with_colon_is_direct()
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process("Prime Minister Fumio Kishida said: \"Japan stands with Ukraine.\"").Statements);
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("Japan stands with Ukraine", statement.Quote);
        Assert.Equal("Fumio Kishida", statement.Speaker?.Name);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_keeps_its_speaker()
    {
        const string text = "\"We will not accept any change to the status quo by force,\" Foreign Minister Yoko Kamikawa said. \"This is a matter of principle.\n\n\"Our position has not changed and will not change,\" she added.";
        SourceDocument document = TestPipeline.Process(text, date: new DateOnly(2024, 3, 1));
        Assert.Contains(document.Statements, s => s.Quote == "This is a matter of principle" && s.Speaker?.Name == "Yoko Kamikawa");
        Assert.All(document.Statements, s => Assert.Equal("Yoko Kamikawa", s.Speaker?.Name));
    }

    [Fact]
    public void Object_of_a_preposition_is_not_taken_for_the_speaker()
    {
        const string text = "Japan's renewed cooperation with President Joe Biden underscores Tokyo's intent to remain a close ally.";
        Assert.DoesNotContain(TestPipeline.Process(text).Statements, s => s.Speaker?.Name == "Joe Biden");
    }

    [Theory]
    [InlineData("The committee said the new rule would “cost jobs across the state.”", "cost jobs across the state", StatementKind.Partial)]
    [InlineData("In a letter on Friday, the union said flatly: “We will not sign this contract.”", "We will not sign this contract", StatementKind.Direct)]
    [InlineData("The advocacy group ran an advertisement on Monday, saying the plan is “a betrayal of working families.”", "a betrayal of working families", StatementKind.Partial)]
    public void What_a_noun_phrase_subject_is_quoted_saying_is_kept_and_given_to_nobody(string text, string quote, StatementKind kind)
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Equal(quote, statement.Quote);
        Assert.Equal(kind, statement.Kind);
        Assert.Null(statement.Speaker);
    }
}
