using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Attribution;

/// <summary>
/// Speakers the knowledge base does not know, named the way wire copy names them: in full once, then by
/// surname at the verb. A wrong speaker is worse than none, so each rule is checked on the case it must refuse too.
/// </summary>
public sealed class PeopleOutsideTheKnowledgeBaseTests
{
    private static StatementRecord QuoteOf(SourceDocument document, string startsWith) =>
        Assert.Single(document.Statements, s => s.Quote?.StartsWith(startsWith, StringComparison.Ordinal) == true);

    [Fact]
    public void A_surname_at_the_verb_is_the_person_the_story_named_in_full()
    {
        SourceDocument document = TestPipeline.Process("""
            Senator Ted Cruz campaigned in Indiana on Friday.

            "I would enthusiastically welcome his support," Cruz said.

            Ben Carson was asked about the company. "That is total propaganda," Carson replied.
            """);

        Assert.Equal("Ted Cruz", QuoteOf(document, "I would enthusiastically").Speaker?.Name);
        Assert.Equal("Ben Carson", QuoteOf(document, "That is total propaganda").Speaker?.Name);
    }

    [Fact]
    public void Between_the_closing_quote_and_the_verb_only_a_name_stands()
    {
        SourceDocument document = TestPipeline.Process("\"That would be the former secretary,\" Borger said on the programme.");
        Assert.Equal("Borger", QuoteOf(document, "That would be").Speaker?.Name);
    }

    [Fact]
    public void A_pronoun_or_a_group_at_the_verb_is_not_taken_for_a_surname()
    {
        SourceDocument document = TestPipeline.Process("""
            "We will not back down," Democrats said in a statement.
            """);
        Assert.Null(QuoteOf(document, "We will not back down").Speaker);
    }

    [Fact]
    public void The_name_after_told_is_the_listener_not_the_speaker()
    {
        SourceDocument document = TestPipeline.Process("""
            Jim Poolman and Ted Cruz met in Fargo.

            "Of the three, I like the governor best," an aide told Poolman.
            """);
        Assert.NotEqual("Jim Poolman", QuoteOf(document, "Of the three").Speaker?.Name);
    }

    [Fact]
    public void A_name_inside_the_predicate_is_not_the_subject_of_the_participle()
    {
        SourceDocument document = TestPipeline.Process("""
            Paul Ryan spoke on Tuesday. Ryan's campaign shrugged off Donald Trump's comments, telling reporters, "Neither the speaker nor his team has ever asked for an endorsement."
            """);
        Assert.NotEqual("Donald Trump", QuoteOf(document, "Neither the speaker").Speaker?.Name);
    }

    [Fact]
    public void In_a_sentence_with_two_reporting_clauses_the_quote_belongs_to_the_nearer_one()
    {
        SourceDocument document = TestPipeline.Process("""
            Marco Rubio and Donald Trump debated in Miami. After Trump argued that Medicare should be propped up, Rubio said only that his "numbers don't add up."
            """);
        Assert.Equal("Marco Rubio", QuoteOf(document, "numbers don't add up").Speaker?.Name);
    }
}

/// <summary>Quotations laid out as wire copy lays them out.</summary>
public sealed class WireQuoteLayoutTests
{
    [Fact]
    public void A_quotation_of_two_sentences_before_its_speaker_and_any_verb_is_one_direct_quote()
    {
        SourceDocument document = TestPipeline.Process("""
            President Joe Biden hosted the summit at Camp David.

            “If I seem like I’m happy, it’s because I am. This has been a great, great meeting,” Biden began at a joint news conference.
            """, date: new DateOnly(2023, 8, 18));

        StatementRecord quote = Assert.Single(document.Statements, s => s.Quote is not null);
        Assert.Equal("If I seem like I’m happy, it’s because I am. This has been a great, great meeting", quote.Quote);
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Joe Biden", quote.Speaker?.Name);
    }

    [Fact]
    public void A_person_named_inside_the_quotation_is_not_the_he_who_said_it()
    {
        SourceDocument document = TestPipeline.Process("""
            Prime Minister Shigeru Ishiba spoke to reporters after the call.

            “I expressed to President Trump that we are gravely concerned about the tariffs,” he said.
            """, date: new DateOnly(2025, 4, 7));

        Assert.Equal("Shigeru Ishiba", Assert.Single(document.Statements, s => s.Quote is not null).Speaker?.Name);
    }

    [Fact]
    public void The_one_who_said_it_is_the_antecedent_of_who_not_the_subject_of_the_sentence()
    {
        SourceDocument document = TestPipeline.Process("""
            Foreign ministry spokesperson Lin Jian spoke in Beijing on Monday.

            He also responded to a remark from U.S. President Donald Trump — who said he expected Takaichi to pursue “peace through strength” — by saying that ties matter.
            """, date: new DateOnly(2026, 2, 9));
        Assert.Equal("Donald Trump", Assert.Single(document.Statements, s => s.Quote == "peace through strength").Speaker?.Name);
    }

    [Fact]
    public void A_quotation_closing_one_sentence_is_not_given_to_the_speaker_of_the_next()
    {
        SourceDocument document = TestPipeline.Process("""
            Chicago asks for an inquiry

            In appealing for the inquiry, Lisa M. Madigan asserted that "trust in the police is broken." Democratic presidential candidate Hillary Clinton said Wednesday she, too, wants an inquiry.
            """, date: new DateOnly(2015, 12, 2));

        StatementRecord trust = Assert.Single(document.Statements, s => s.Quote == "trust in the police is broken");
        Assert.Equal("Lisa M. Madigan", trust.Speaker?.Name); // a middle initial is part of a new name
        Assert.Equal("asserted", trust.Cue);
    }

    [Fact]
    public void A_person_opening_the_sentence_and_a_verb_before_that_own_the_quotation_after_it()
    {
        SourceDocument document = TestPipeline.Process("""
            Foreign Minister Takeshi Iwaya met the committee on Tuesday.

            Iwaya estimated that there are “somewhere between 23 and 28 members who are absolutely opposed” to the change.
            """, date: new DateOnly(2025, 2, 4));
        Assert.Equal("Takeshi Iwaya", Assert.Single(document.Statements, s => s.Quote?.StartsWith("somewhere between", StringComparison.Ordinal) == true).Speaker?.Name);
    }
}

public sealed class SubHeadlineTests
{
    [Fact]
    public void A_labelled_title_case_line_is_a_sub_headline_but_a_labelled_sentence_is_a_quote()
    {
        SourceDocument document = TestPipeline.Process("""
            Yoon and Kishida United on Restoring Shuttle Diplomacy

            Kishida: "A Clear Act of Provocation"

            Kishida: "We will respond to North Korea's launches in close cooperation with Seoul and Washington."
            """, date: new DateOnly(2023, 3, 16));

        StatementRecord quote = Assert.Single(document.Statements, s => s.Quote is not null);
        Assert.StartsWith("We will respond", quote.Quote, StringComparison.Ordinal);
        Assert.Equal("Fumio Kishida", quote.Speaker?.Name);
    }

}

/// <summary>Sentence shapes around the verb: a subject with two verbs, a phrase between commas after a name.</summary>
public sealed class ClauseShapeTests
{
    [Fact]
    public void The_subject_of_a_first_verb_owns_the_quote_of_a_second_joined_by_and_or_but()
    {
        SourceDocument document = TestPipeline.Process("""
            Spokesperson Lin Jian framed the vote as Japan’s domestic affair but said it revealed “deep, structural issues” and currents of thought worth sober reflection.

            McConnell was quick to embrace the mogul after he clinched the nomination and said this week that he looked “very competitive” in November.
            """);

        Assert.Equal("Lin Jian", Assert.Single(document.Statements, s => s.Quote == "deep, structural issues").Speaker?.Name);
        // "he" stands in a clause of its own between the first name and the verb: whose words, the rule does not guess.
        Assert.DoesNotContain(document.Statements, s => s.Quote == "very competitive" && s.Speaker is not null && s.Speaker.Name != "McConnell");
    }

    [Fact]
    public void A_phrase_between_commas_after_a_name_is_not_the_persons_title()
    {
        SourceDocument document = TestPipeline.Process("""
            President Ferdinand Marcos Jr. welcomed the Japanese leader to Manila on Friday.

            Marcos, for his part, said he was looking forward to expanding the Philippines’ cooperation with Japan in “key areas of development.”
            """);

        StatementRecord statement = Assert.Single(document.Statements, s => s.Text.StartsWith("Marcos, for his part", StringComparison.Ordinal));
        Assert.NotEqual("for his part", statement.Speaker?.Role);
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Role?.StartsWith("for ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_fragment_reported_by_an_official_named_only_by_office_is_a_quote_of_nobody_named()
    {
        SourceDocument document = TestPipeline.Process("""
            Biden and Kishida meet at the White House

            A senior government official said Japan was now a “full global partner” with the United States.

            Japan was, in the words of many, a “global partner” now.
            """, date: new DateOnly(2024, 4, 10));

        StatementRecord partner = Assert.Single(document.Statements, s => s.Quote == "full global partner");
        Assert.Null(partner.Speaker);
        Assert.Equal(StatementKind.Partial, partner.Kind);
        Assert.DoesNotContain(document.Statements, s => s.Quote == "global partner"); // no reporting verb: may be a scare quote
    }

    [Fact]
    public void Made_it_clear_reports_the_words_after_it()
    {
        SourceDocument document = TestPipeline.Process("""
            Takaichi takes office

            Prime Minister Sanae Takaichi made it clear that she would "promptly abolish" the provisional gasoline tax rate.
            """, date: new DateOnly(2025, 10, 21));

        StatementRecord abolish = Assert.Single(document.Statements, s => s.Quote == "promptly abolish");
        Assert.Equal(("Sanae Takaichi", "made it clear"), (abolish.Speaker?.Name, abolish.Cue));
    }

    [Fact]
    public void A_name_after_said_opens_what_was_said_when_the_verb_has_a_subject_already()
    {
        SourceDocument document = TestPipeline.Process("""
            The White House said U.S. President Joe Biden and the other G7 leaders “unequivocally condemned” Iran’s attack.

            “We will not give up,” said Foreign Minister Takeshi Iwaya.
            """, date: new DateOnly(2024, 10, 2));

        // The White House's words about Biden, not Biden's: quoted, and nobody's we can name.
        StatementRecord condemned = Assert.Single(document.Statements, s => s.Quote == "unequivocally condemned");
        Assert.Null(condemned.Speaker);
        // After the quote and its comma, the name after "said" is its subject.
        Assert.Equal("Takeshi Iwaya", Assert.Single(document.Statements, s => s.Quote == "We will not give up").Speaker?.Name);
    }

    [Theory]
    [InlineData("“We will not back down,” said Sen. Dana Whitfield of Vermont.", "We will not back down")]
    [InlineData("Rep. Alma Torres (D-Nev.) said the plan was “dead on arrival.”", "dead on arrival")]
    [InlineData("“It is a sad day for the chamber,” Rep. Alma Torres (D-Nev.) told reporters.", "It is a sad day for the chamber")]
    [InlineData("Sen. Dana Whitfield of Vermont called the deal “a gift to the banks.”", "a gift to the banks")]
    [InlineData("Rep. Alma Torres (D-Nev.), chair of the panel, said the plan was “dead on arrival.”", "dead on arrival")]
    public void An_abbreviated_title_a_party_tag_or_a_home_state_leaves_the_speaker_named(string text, string quote)
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Equal(quote, statement.Quote);
        Assert.True(statement.Speaker?.Name is "Dana Whitfield" or "Alma Torres", $"speaker {statement.Speaker?.Name ?? "none"}");
    }

    [Theory]
    [InlineData("“The numbers are hard to dispute,” said Democratic pollster Lena Marsh.", "Lena Marsh")]
    [InlineData("“The numbers are hard to dispute,” said former Ohio treasurer Lena Marsh, a party donor.", "Lena Marsh")]
    [InlineData("“The numbers are hard to dispute,” said Okonkwo.", "Okonkwo")]
    public void After_a_quotation_and_an_inverted_verb_a_description_or_a_lone_surname_names_the_speaker(string text, string speaker)
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Equal("The numbers are hard to dispute", statement.Quote);
        Assert.Equal(speaker, statement.Speaker?.Name);
    }

    [Fact]
    public void A_word_opening_the_description_after_an_inverted_verb_is_not_taken_for_a_surname()
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process("“The numbers are hard to dispute,” said Vermont delegate Lena Marsh.").Statements);
        Assert.Equal("Lena Marsh", statement.Speaker?.Name);
        Assert.Equal("Vermont delegate", statement.Speaker?.Role);
    }

    [Fact]
    public void A_clause_ending_in_a_colon_or_comma_introduces_the_full_quotation_after_it()
    {
        SourceDocument document = TestPipeline.Process("""
            Governor Mara Lindqvist toured the flooded valley on Sunday. She went on: “We will rebuild every bridge. Nobody will be left behind.”

            Lindqvist then paused, smiled and joked, “I may need a bigger boat!”

            The flyer handed out at the door reads, “Vote early and bring a neighbour.”
            """);

        StatementRecord bridges = Assert.Single(document.Statements, s => s.Quote?.StartsWith("We will rebuild", StringComparison.Ordinal) == true);
        Assert.Equal((StatementKind.Direct, "Mara Lindqvist"), (bridges.Kind, bridges.Speaker?.Name));
        Assert.Equal("Mara Lindqvist", Assert.Single(document.Statements, s => s.Quote == "I may need a bigger boat!").Speaker?.Name);
        // A subject that names nobody: the words are kept and given to nobody.
        Assert.Null(Assert.Single(document.Statements, s => s.Quote == "Vote early and bring a neighbour").Speaker);
    }

    [Fact]
    public void An_introduced_quotation_is_not_given_to_a_passive_subject_nor_taken_from_a_fragment()
    {
        SourceDocument document = TestPipeline.Process("""
            Senator Ruth Ambler spoke in Dayton. Ambler was asked, “Will you run again next year?”

            The plan, critics say, is a “gift to the banks,” and the vote is close.

            Ambler gave the plan its nickname, “the bridge to nowhere.”
            """);

        Assert.Null(Assert.Single(document.Statements, s => s.Quote == "Will you run again next year?").Speaker);
        // A fragment after a comma is no sentence someone said: it may be a name or a scare quote.
        Assert.DoesNotContain(document.Statements, s => s.Quote == "the bridge to nowhere");
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_introduces_the_quotation_that_makes_up_the_next()
    {
        SourceDocument document = TestPipeline.Process("""
            Governor Mara Lindqvist toured the flooded valley on Sunday.

            Lindqvist told the crowd:

            “We will rebuild every bridge. Nobody will be left behind.”

            The agency's notice was short:

            “Offices reopen on Monday.”

            “The water is still rising.”
            """);

        Assert.Equal("Mara Lindqvist", Assert.Single(document.Statements, s => s.Quote?.StartsWith("We will rebuild", StringComparison.Ordinal) == true).Speaker?.Name);
        Assert.Null(Assert.Single(document.Statements, s => s.Quote == "Offices reopen on Monday").Speaker);
        // Only the paragraph right after the colon: a quotation standing alone after it is nobody's statement.
        Assert.DoesNotContain(document.Statements, s => s.Quote == "The water is still rising");
    }

    [Fact]
    public void A_verb_of_saying_before_a_quotation_reports_it_even_when_its_subject_is_not_found()
    {
        SourceDocument document = TestPipeline.Process("""
            A spokesman for the rules panel, in a rare break with its chair, then said that it was “fully committed to an open process” this year.

            Local farm groups, long wary of the plan, said they would “fight it in every county” if needed.

            Senators from both parties said the word “never” twice. The vision underscores the town's role as a “trusted neighbour” in the region.

            The so-called “clean slate” rules took effect in May.
            """);

        // Whose words is left open, but they are someone's.
        Assert.Null(Assert.Single(document.Statements, s => s.Quote == "fully committed to an open process").Speaker);
        Assert.Null(Assert.Single(document.Statements, s => s.Quote == "fight it in every county").Speaker);
        // A lone quoted word, a verb that says what a thing does, and "so-called" report nobody's words.
        Assert.DoesNotContain(document.Statements, s => s.Quote is "never" or "trusted neighbour" or "clean slate");
    }

    [Theory]
    [InlineData("The vote was delayed again. Fairbanks, speaking to donors, said, “We have the numbers.”", "Hollis Fairbanks")]
    [InlineData("The vote was delayed again. Mr. Fairbanks said, “We have the numbers.”", "Hollis Fairbanks")]
    public void A_surname_opening_a_sentence_after_a_full_stop_is_the_person_named_in_full(string sentence, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf("Hollis Fairbanks leads the caucus.\n\n" + sentence, "We have the numbers"));
    }

    [Theory]
    [InlineData("“We will keep fighting,” McAllister said.", "McAllister")]
    [InlineData("“We will keep fighting,” said Senator Inés Peñalosa.", "Inés Peñalosa")]
    [InlineData("“We will keep fighting,” said party strategist Liam O’Dwyer.", "Liam O’Dwyer")]
    public void Names_with_accents_or_a_second_capital_are_names(string text, string speaker)
    {
        StatementRecord statement = Assert.Single(TestPipeline.Process(text).Statements);
        Assert.Equal(speaker, statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("“The plant will stay open,” said Whitfield.")]
    [InlineData("“The plant will stay open,” added Whitfield.")]
    public void A_surname_that_ends_the_sentence_is_the_person_named_before(string sentence)
    {
        Assert.Equal("Dana Whitfield", SpeakerOf("Rep. Dana Whitfield toured the plant on Monday.\n\n" + sentence, "The plant will stay open"));
    }

    [Fact]
    public void A_full_name_that_ends_a_sentence_is_still_a_full_name()
    {
        Assert.Equal("Marla Quint", SpeakerOf("The rally was led by Marla Quint.\n\nIn an interview, Quint said, “We will win this county.”", "We will win this county"));
    }

    [Fact]
    public void The_person_spoken_to_does_not_hide_the_surname_before_the_verb()
    {
        Assert.Equal("Marla Quint", SpeakerOf("Marla Quint leads the group.\n\n“We will win this county,” Quint told Dan Ruiz on Sunday.", "We will win this county"));
    }

    [Theory]
    [InlineData("The group is led by Marla Quint.\n\nQuint seemed ready for the fight, telling the crowd, “We will win this county.”", "Marla Quint")]
    [InlineData("The group is led by Marla Quint.\n\nQuint, its founder, reminded donors: “We will win this county.”", "Marla Quint")]
    [InlineData("Marla Quint may have put it best when she wrote: “We will win this county.”", "Marla Quint")]
    public void A_name_opening_a_sentence_before_its_verb_is_the_subject(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(text, "We will win this county"));
    }

    [Fact]
    public void Two_capitalised_words_opening_a_sentence_are_no_name_where_the_surname_is_someone_elses()
    {
        SourceDocument document = TestPipeline.Process("Labor Secretary Thomas Perez spoke first.\n\nUnderstated Perez raises funds quietly, telling donors, “We will win this county.”");
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Name == "Understated Perez");
    }

    [Theory]
    [InlineData("With party leaders worried about Sen. Dana Whitfield, Rep. Marla Quint is rolling out a new message: “It is about all of us.”", "Marla Quint")]
    [InlineData("When Rep. Marla Quint was at school, she studied under Sen. Dana Whitfield; Whitfield’s rule was, “It is about all of us.”", null)]
    public void A_quotation_introduced_by_a_clause_is_the_words_of_its_main_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, SpeakerOf(text, "It is about all of us"));
    }

    [Theory]
    [InlineData("“We will win this county,” said House Speaker Marla Quint in a statement.", "Marla Quint")]
    [InlineData("“We will win this county,” said Navy Capt. Dan Ruiz, who commands the base.", "Dan Ruiz")]
    [InlineData("“We will win this county,” said Army 1st Lt. Dan Ruiz.", "Dan Ruiz")]
    public void After_an_inverted_verb_a_title_may_be_abbreviated_and_a_phrase_may_follow_the_name(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(text, "We will win this county"));
    }

    [Fact]
    public void A_name_after_a_nested_quotation_closing_with_the_outer_one_is_the_speaker()
    {
        SourceDocument document = TestPipeline.Process("“She looked at us and said, ‘We will win this county,’” Okonkwo said.");
        Assert.Equal("Okonkwo", Assert.Single(document.Statements, s => s.Quote?.StartsWith("She looked at us", StringComparison.Ordinal) == true).Speaker?.Name);
    }

    [Theory]
    [InlineData("In response to the flooding, Rep. Marla Quint issued the following statement:", "Marla Quint")]
    [InlineData("Marla Quint leads the caucus.\n\nStated Quint:", "Marla Quint")]
    [InlineData("In response to the flooding, veteran lawmaker Takeshi Iwaya issued the following statement:", "Takeshi Iwaya")]
    [InlineData("After Sen. Dana Whitfield spoke, the crowd fell silent. Columnist Marla Quint calls Whitfield a fighter:", null)]
    public void A_paragraph_ending_in_a_colon_gives_the_next_paragraphs_quotation_to_its_subject(string introduction, string? speaker)
    {
        Assert.Equal(speaker, SpeakerOf("Flood relief\n\n" + introduction + "\n\n“We will rebuild every home in this county.”", "We will rebuild every home in this county"));
    }

    [Fact]
    public void A_verb_of_saying_opening_the_sentence_has_its_subject_after_it()
    {
        Assert.Equal("Marla Quint", SpeakerOf("Flood relief\n\nMarla Quint leads the caucus.\n\nSaid Quint, “We will rebuild every home in this county.”", "We will rebuild every home in this county"));
    }

    [Fact]
    public void A_surname_two_people_share_is_the_one_the_story_named_first()
    {
        Assert.Equal("Marla Quint", SpeakerOf("Flood relief\n\nRep. Marla Quint toured the levee on Monday. Her husband, Rep. Dan Quint, stayed in the capital.\n\n“We will rebuild every home,” Quint said.", "We will rebuild every home"));
    }

    [Fact]
    public void A_surname_at_the_verb_that_two_full_names_share_is_the_first_ones()
    {
        Assert.Equal("Marla Quint", SpeakerOf("Flood relief\n\nThe levee was toured by Marla Quint. Her husband, Dan Quint, stayed home.\n\nIn an interview, Quint said, “We will rebuild every home.”", "We will rebuild every home"));
    }

    [Fact]
    public void He_is_the_subject_of_the_last_sentence_that_names_one_after_its_description()
    {
        SourceDocument described = TestPipeline.Process("Flood relief\n\nFormer Ohio governor Dan Ruiz, a party donor, said Sen. Marla Quint had done well. “She has done an incredible job,” he said.");
        Assert.Equal("Dan Ruiz", Assert.Single(described.Statements, s => s.Quote == "She has done an incredible job").Speaker?.Name);

        // A preposition before the name says it is no subject.
        SourceDocument between = TestPipeline.Process("Flood relief\n\nThe race between Dan Ruiz and Sen. Marla Quint has tightened. “She has done an incredible job,” he said.");
        Assert.NotEqual("Dan Ruiz", Assert.Single(between.Statements, s => s.Quote == "She has done an incredible job").Speaker?.Name);
    }

    [Theory]
    [InlineData("“Imagine the two of them on one stage,” mused radio co-host Stu Barrow.", "Stu Barrow")]
    [InlineData("“Imagine the two of them on one stage,” warned Marla Quint.", "Marla Quint")]
    public void After_a_quotation_more_verbs_put_their_subject_after_them(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf("Flood relief\n\n" + text, "Imagine the two of them on one stage"));
    }

    [Fact]
    public void Elsewhere_the_name_after_such_a_verb_is_the_one_spoken_to()
    {
        SourceDocument document = TestPipeline.Process("Flood relief\n\nThe mayor’s office warned Marla Quint that the levee “could fail within days.”");
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Name == "Marla Quint");
    }

    [Fact]
    public void The_subject_of_a_participle_may_stand_after_its_description()
    {
        SourceDocument described = TestPipeline.Process("Flood relief\n\nBefore the vote, veteran Sen. Dan Ruiz lobbied to close the road, saying the levee was “too weak to hold.”");
        Assert.Equal("Dan Ruiz", Assert.Single(described.Statements, s => s.Quote == "too weak to hold").Speaker?.Name);

        // "Both" opens a subject of two people, not a description of one.
        SourceDocument both = TestPipeline.Process("Flood relief\n\nBoth veteran Sen. Dan Ruiz and Rep. Marla Quint saw the risk, with Quint noting the levee was “too weak to hold.”");
        Assert.DoesNotContain(both.Statements, s => s.Speaker?.Name == "Dan Ruiz");
    }

    [Fact]
    public void A_surname_with_an_apostrophe_after_its_first_letter_is_a_name()
    {
        Assert.Equal("Dinesh D’Arcy", SpeakerOf("Flood relief\n\nThe debate was led by Dinesh D’Arcy.\n\nAfter the host asked who would win, D’Arcy replied, “We will keep fighting.”", "We will keep fighting"));
    }

    [Fact]
    public void A_verb_of_saying_before_a_quotation_gives_it_to_the_name_opening_the_sentence()
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\nSen. Dan Reeves has made the levee his cause and has long boasted of his plan to spend “whatever it takes” on it.", "whatever it takes"));
    }

    [Theory]
    [InlineData("Sen. Dan Reeves was asked by the moderator whether the plan would risk “adding another costly program to the budget.”")]
    [InlineData("Sen. Dan Reeves spoke first. Even after the vote, the Reeves campaign has called the report “adding another costly program to the budget.”")]
    [InlineData("Sen. Dan Reeves spoke first. Reeves’ campaign called the report “adding another costly program to the budget,” because it was late.")]
    public void A_passive_verb_a_name_after_an_article_or_a_possessive_is_no_such_subject(string text)
    {
        SourceDocument document = TestPipeline.Process("Flood relief\n\n" + text);
        Assert.DoesNotContain(document.Statements, s => s.Quote == "adding another costly program to the budget" && s.Speaker?.Name == "Dan Reeves");
    }

    [Fact]
    public void An_adverb_in_ly_may_stand_between_the_subject_and_its_verb()
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\nSen. Dan Reeves toured the levee. Asked about the cost, Reeves cautiously said that was “a question for the county to settle” next year.", "a question for the county to settle"));
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\nIn the spring, Dan Reeves emphatically declared at a town hall, “The levee will hold this year.”", "The levee will hold this year"));
    }

    [Fact]
    public void A_noun_in_ly_before_the_verb_does_not_make_the_name_before_it_the_subject()
    {
        Assert.NotEqual("Dan Reeves", SpeakerOf("Flood relief\n\nSen. Dan Reeves toured the levee. Fans at a Reeves rally said they were “very excited about the plan” on Monday.", "very excited about the plan"));
    }

    [Fact]
    public void A_middle_initial_after_a_title_of_several_words_keeps_the_full_name()
    {
        Assert.Equal("Richard J. Aldana", SpeakerOf("Flood relief\n\nSenate Minority Whip Richard J. Aldana of Ohio wants an inquiry. In an interview, Aldana said he “delivered a letter to the governor” on Thursday.", "delivered a letter to the governor"));
    }

    [Fact]
    public void A_subject_pronoun_is_none_of_the_people_its_clause_names_after_it()
    {
        // "He thanked Lopez": he is not Lopez, named in the sentence before as the one he was glad to see.
        Assert.Equal("Mark Alden", SpeakerOf("Flood relief\n\nMark Alden arrived in Manila on Friday. The visitor said he was glad to see President Ana Lopez again. He thanked Lopez for “the warm and gracious welcome” on his arrival.", "the warm and gracious welcome"));
    }

    [Theory]
    [InlineData("Sen. Ana Ruiz (D-Ore.), who has endorsed Dan Reeves, said the plan was “far too timid” for the county.")]
    [InlineData("Sen. Ana Ruiz, who earlier this year questioned whether Dan Reeves's plan for the levee was ever meant to be paid for by the county or by the state, said Friday that it was “far too timid” for the county.")]
    [InlineData("Sen. Ana Ruiz, who has been in daily contact with the Reeves campaign for months, arrived at the meeting with no plan and admitted that it was “far too timid” for the county.")]
    [InlineData("Sen. Ana Ruiz, a former teacher who chairs the flood committee and who spent the spring touring the towns along the river after the March storm, said it was “far too timid” for the county.")]
    public void A_relative_clause_or_a_long_appositive_after_the_subject_does_not_hide_it(string sentence)
    {
        Assert.Equal("Ana Ruiz", SpeakerOf("Flood relief\n\nSen. Dan Reeves spoke first.\n\n" + sentence, "far too timid"));
    }

    [Theory]
    [InlineData("Mayor Dan Reeves spoke at noon. Reeves proclaimed at the rally, “The levee will hold this year.”")]
    [InlineData("Mayor Dan Reeves spoke at noon. Reeves later emailed the council, “The levee will hold this year.”")]
    [InlineData("Mayor Dan Reeves spoke at noon. The crowd cheered, with Reeves shouting, “The levee will hold this year.”")]
    public void More_verbs_of_wire_copy_report_speech(string text)
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\n" + text, "The levee will hold this year"));
    }

    [Fact]
    public void A_possessive_pronoun_opening_a_sentence_is_nobody_named()
    {
        SourceDocument document = TestPipeline.Process("Flood relief\n\nMayor Dan Reeves spoke at noon. His remarks echo the view that the levee is “too weak to hold.”");
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Name == "His");
    }

    [Fact]
    public void After_an_opening_phrase_and_a_description_a_name_the_story_gives_in_full_opens_the_clause()
    {
        const string story = "Flood relief\n\nCounty Fire Chief Nora Bello has led the service since 2019.\n\n"
            + "Before the storm, County Fire Chief Nora Bello pressed to close the river road, saying, “The fewer cars, the better.”\n\n"
            + "Chief Bello later admitted that the road was not a problem, noting that “nobody was stranded.”";
        Assert.Equal("Nora Bello", SpeakerOf(story, "The fewer cars, the better"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "nobody was stranded"));
    }

    [Fact]
    public void A_lowercase_verb_in_s_after_the_opening_phrase_is_no_description()
    {
        // "…, calls Reeves …": the word before the name is a verb, so the name is its object.
        SourceDocument document = TestPipeline.Process("Flood relief\n\nSen. Dan Reeves toured the levee. Columnist Ana Ruiz, a critic of the plan, calls Reeves “a man without a map.”");
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Name == "Dan Reeves");
    }

    [Fact]
    public void A_pronoun_between_a_named_subject_and_its_second_verb_names_nobody_else()
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\nSen. Dan Reeves spoke first. Reeves was quick to back the mayor after he won the vote and said this week that the plan looks “very promising” for the spring.", "very promising"));
    }

    [Theory]
    [InlineData("Senate Majority Leader Dan Reeves, R-Ohio, delivered a blunt message to the mayor: “It is time to stop blaming the county and get to work.”")]
    [InlineData("House Speaker Dan Reeves spoke first. “It is time to stop blaming the county and get to work,” Reeves said.")]
    public void Leaders_of_congress_are_titled_and_a_party_tag_may_stand_between_commas(string text)
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\n" + text, "It is time to stop blaming the county and get to work"));
    }

    [Fact]
    public void A_surname_with_van_or_vander_before_its_second_capital_is_a_name()
    {
        Assert.Equal("Frank VanderMeer", SpeakerOf("Flood relief\n\nFrank VanderMeer, a farmer, toured the levee.\n\n“The levee is nowhere near ready for the spring,” VanderMeer said.", "The levee is nowhere near ready for the spring"));
    }

    [Fact]
    public void A_capitalised_word_opening_the_clause_is_no_part_of_the_name_before_the_verb()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nThe valley is well placed. As Nora Bello said last week in Dayton, “The valley is the center of the new farming. Yields here grow by about 10 percent a year.”", "The valley is the center of the new farming. Yields here grow by about 10 percent a year"));
    }

    [Theory]
    [InlineData("Sen. Dan Reeves was asked by host Nora Bello, who backs the plan, “Now, you said the levee was fine, did you not?”", "Now, you said the levee was fine, did you not?", "Nora Bello")]
    [InlineData("Sen. Dan Reeves was asked by county moderator Nora Bello whether the plan would risk “adding another costly program to the budget.”", "adding another costly program to the budget", "Nora Bello")]
    public void The_agent_of_a_passive_verb_of_saying_speaks(string sentence, string quote, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf("Flood relief\n\n" + sentence, quote));
    }

    [Theory]
    [InlineData("Sen. Dan Reeves spoke first. Reeves met with Nora Bello in May and declared in an interview that he found the plan “very promising.”")]
    [InlineData("Sen. Dan Reeves spoke first. Reeves used to back Mayor Nora Bello, but now said the plan was “very promising.”")]
    public void People_named_in_a_named_subjects_first_predicate_are_its_objects(string text)
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\n" + text, "very promising"));
    }

    [Fact]
    public void A_subordinate_clause_with_its_own_subject_and_verb_keeps_its_own_quotation()
    {
        const string story = "Flood relief\n\nSen. Dan Reeves and Mayor Nora Bello met on Monday.\n\n"
            + "“It is misleading to call that a levee bill,” Reeves tweeted after Bello argued again that “we would not have saved the valley.”\n\n"
            + "After Bello said that some towns might do better with “smaller dikes,” Reeves said: “I don't like what she said.”";
        Assert.Equal("Dan Reeves", SpeakerOf(story, "It is misleading to call that a levee bill"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "we would not have saved the valley"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "smaller dikes"));
        Assert.Equal("Dan Reeves", SpeakerOf(story, "I don't like what she said"));
    }

    [Fact]
    public void A_conjunction_opening_the_clause_is_no_first_name_before_a_surname()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nMayor Nora Bello spoke first. As Bello told the county paper, repairs are paid for in exchange for jobs. There was, she said, “an implicit bargain.”", "an implicit bargain"));
    }

    [Fact]
    public void A_clause_after_and_or_but_introduces_its_own_subjects_quotation()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nNora Bello, a pastor, spoke at the levee. The crowd cheers, and then Bello continues: “The river has given this valley a second chance.”", "The river has given this valley a second chance"));
    }

    [Fact]
    public void An_affiliation_may_stand_between_a_name_and_its_verb()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nHowever, as Pastor Nora Bello of the Valley Church of Dayton told the Associated Press, “We have suffered the same fate as the towns downstream.”", "We have suffered the same fate as the towns downstream"));
    }

    [Fact]
    public void A_description_opening_the_sentence_may_stand_before_a_name_the_story_gives_in_full()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nCounty Republican Nora Bello used to back the old plan, but now said the levee had “the money and the men to hold.”", "the money and the men to hold"));
    }

    [Theory]
    [InlineData("Nora Bello’s response was: “Is the levee off Main Street or Oak?”")]
    [InlineData("Nora Bello’s letter makes a plain case: “Is the levee off Main Street or Oak?”")]
    [InlineData("From Bello's Facebook post: “Is the levee off Main Street or Oak?”")]
    public void A_persons_possessive_then_what_they_said_or_wrote_introduces_their_words(string sentence)
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nMayor Nora Bello, a Democrat, spoke on Monday.\n\n" + sentence, "Is the levee off Main Street or Oak?"));
    }

    [Fact]
    public void A_possessive_inside_an_opening_phrase_introduces_nobody()
    {
        SourceDocument document = TestPipeline.Process("Flood relief\n\nMayor Nora Bello, a Democrat, spoke on Monday.\n\nUnlike Bello’s response, the council’s was short: “Is the levee off Main Street or Oak?”");
        Assert.DoesNotContain(document.Statements, s => s.Speaker?.Name == "Nora Bello" && s.Quote == "Is the levee off Main Street or Oak?");
    }

    [Fact]
    public void Two_appositives_may_stand_between_a_name_and_its_verb()
    {
        Assert.Equal("Alma Lutz", SpeakerOf("Flood relief\n\nSen. Dan Reeves spoke first.\n\nAlma Lutz, director of the Valley Fund, a farmers' group, said she thinks the county is “going to be dragged down by the levee.”", "going to be dragged down by the levee"));
    }

    [Fact]
    public void Clauses_joined_after_a_quotation_each_keep_their_own()
    {
        const string story = "Flood relief\n\nSen. Dan Reeves and Mayor Nora Bello met on Monday.\n\n"
            + "Reeves accuses the county of “dragging its feet” and Bello says it is “losing the race against the river.”\n\n"
            + "And, in a clip that Reeves called “reckless,” Bello expressed a wish to “drain the whole valley by June.”";
        Assert.Equal("Dan Reeves", SpeakerOf(story, "dragging its feet"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "losing the race against the river"));
        Assert.Equal("Dan Reeves", SpeakerOf(story, "reckless"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "drain the whole valley by June"));
    }

    [Theory]
    [InlineData("“Imagine the levee going up against the river,” mused Valley co-host Dan\u00a0Reeves.", "Imagine the levee going up against the river")]
    [InlineData("Concerning the dike, County Sheriff Dan\u00a0Reeves stated the crews were “careless in their handling of the levee.”", "careless in their handling of the levee")]
    public void A_no_break_space_inside_a_name_is_a_space(string sentence, string quote)
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\n" + sentence, quote));
    }

    [Fact]
    public void A_verb_in_a_subordinate_clause_does_not_report_a_quotation_before_it()
    {
        const string story = "Flood relief\n\nDan Reeves and Mayor Nora Bello met on Monday.\n\n"
            + "Reeves say he was “kind of riding the fence” until Bello said she was backing the levee plan.";
        Assert.Null(SpeakerOf(story, "kind of riding the fence"));
    }

    [Fact]
    public void A_subordinate_clause_after_a_comma_may_open_with_an_outlets_possessive()
    {
        const string story = "Flood relief\n\nDan Reeves and Nora Bello met on Monday.\n\n"
            + "“I never said that,” Reeves said, after WXYZ's Nora Bello said the mayor had hired a “personal engineer” for the levee.";
        Assert.Equal("Dan Reeves", SpeakerOf(story, "I never said that"));
        Assert.Equal("Nora Bello", SpeakerOf(story, "personal engineer"));
    }

    [Theory]
    [InlineData("Why Farmers Are Celebrating Nora Bello’s Levee Speech.")]
    [InlineData("Why Is Bello Winning the Valley?")]
    [InlineData("Debating Bello’s Character.")]
    [InlineData("Actress Nora Bello Backs the Levee.")]
    public void A_headlines_verb_or_a_title_is_no_first_name(string headline)
    {
        Assert.Equal("Nora Bello", SpeakerOf(headline + "\n\nGroups encouraging Nora Bello to run are hailing the speech.\n\n“There is a myth out there,” Bello said.", "There is a myth out there"));
    }

    [Fact]
    public void A_first_name_in_ing_is_still_a_first_name()
    {
        Assert.Equal("Channing Reeves", SpeakerOf("Flood relief\n\nChanning Reeves toured the levee.\n\n“There is a myth out there,” Reeves said.", "There is a myth out there"));
    }

    [Theory]
    [InlineData("Reeves during a Sunday rally thanked its members “for their help with the levee.”")]
    [InlineData("Reeves in a Facebook post said the county owed its members “for their help with the levee.”")]
    public void A_phrase_of_time_or_place_may_stand_between_a_name_and_its_verb(string sentence)
    {
        Assert.Equal("Dan Reeves", SpeakerOf("Flood relief\n\nSen. Dan Reeves spoke first.\n\n" + sentence, "for their help with the levee"));
    }

    [Theory]
    [InlineData("Dan M. Reeves: “The county analysis finds that 20 towns are dry.”")]
    [InlineData("DRY TOWNS OUTNUMBER WET TOWNS FOR THE FIRST TIME - Dan M. Reeves: “The county analysis finds that 20 towns are dry.”")]
    public void A_full_name_and_a_colon_label_the_quotation_after_them(string paragraph)
    {
        Assert.Equal("Dan M. Reeves", SpeakerOf("Flood relief\n\n" + paragraph, "The county analysis finds that 20 towns are dry"));
    }

    [Fact]
    public void A_titles_short_form_may_stand_in_a_named_subjects_first_predicate()
    {
        Assert.Equal("Nora Bello", SpeakerOf("Flood relief\n\nNora Bello, a comic, spoke first.\n\nAs the crowd began to chant, Bello was joined on stage by Sen. Dan Reeves and joked, “Levee or bust people, you are being ridiculous.”", "Levee or bust people, you are being ridiculous"));
    }

    // The speaker the pipeline gives the one statement quoting these words in the text.
    private static string? SpeakerOf(string text, string quote) =>
        Assert.Single(TestPipeline.Process(text).Statements, s => s.Quote == quote).Speaker?.Name;
}
