using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Checking;

public sealed class CheckStepTests
{
    [Fact]
    public void A_title_not_held_at_the_source_date_is_an_anachronism()
    {
        SourceDocument document = TestPipeline.Process("Prime Minister Shinzo Abe met business leaders in Osaka on Monday.", date: new DateOnly(2025, 3, 3));
        FlagRecord flag = Assert.Single(document.Flags);
        Assert.Equal(FlagKind.Anachronism, flag.Kind);
        Assert.Contains("2025-03-03", flag.Message);
        Assert.Equal(0, flag.PassageIndex);
    }

    [Fact]
    public void The_same_person_called_former_and_current_is_a_contradiction()
    {
        const string text = "Former President Joe Biden spoke in Delaware on Friday.\n\nThe remarks by President Joe Biden drew wide attention in Asia.";
        FlagRecord flag = Assert.Single(TestPipeline.Process(text).Flags);
        Assert.Equal(FlagKind.InternalContradiction, flag.Kind);
        Assert.Contains("Joe Biden", flag.Message);
    }

    [Fact]
    public void A_title_never_held_is_a_role_conflict()
    {
        FlagRecord flag = Assert.Single(TestPipeline.Process("Prime Minister Antony Blinken arrived in Tokyo.").Flags);
        Assert.Equal(FlagKind.RoleConflict, flag.Kind);
    }

    [Fact]
    public void A_correct_text_gets_no_flags()
    {
        const string text = "Prime Minister Fumio Kishida met President Joe Biden at the White House, and Foreign Minister Yoko Kamikawa joined Secretary of State Antony Blinken.";
        Assert.Empty(TestPipeline.Process(text, date: new DateOnly(2024, 4, 10)).Flags);
    }
}
