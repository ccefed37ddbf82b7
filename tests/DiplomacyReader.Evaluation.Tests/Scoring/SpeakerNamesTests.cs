using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Tests.Scoring;

public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("Donald Trump", "Trump")]
    [InlineData("Bernie Sanders", "Sen. Sanders")]
    [InlineData("Bernie Sanders", "Sen.\u00A0Sanders")]
    [InlineData("Alicia Powe", "Powe\u00A0")]
    public void A_shared_surname_matches_whatever_space_separates_the_words(string predicted, string gold) =>
        Assert.True(SpeakerNames.Match(predicted, gold, SpeakerRule.SharedName));

    [Theory]
    [InlineData("Bernie Sanders", "Sen. Ted Cruz")]
    [InlineData("Donald Trump", "President Obama")]
    public void Titles_alone_do_not_make_a_match(string predicted, string gold) =>
        Assert.False(SpeakerNames.Match(predicted, gold, SpeakerRule.SharedName));
}
