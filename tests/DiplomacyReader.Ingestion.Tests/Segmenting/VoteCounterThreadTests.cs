using System.Text;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Tests.Shared;

namespace DiplomacyReader.Ingestion.Tests.Segmenting;

/// <summary>A comment thread opened above the article ("13 Comments" under the headline) is known by its vote counters.</summary>
public sealed class VoteCounterThreadTests
{
    [SharedDataFact]
    public void Japan_today_comments_after_the_credit_line_are_comments_and_the_report_stays_the_report()
    {
        string path = Path.Combine(SharedData.Corpus("japan-dev"), "docs", "14_japantoday-kamikawa-taiwan-aid-20240406.txt");
        SourceDocument document = TestPipeline.Default.Process(new SourceInput(Path.GetFileName(path), File.ReadAllBytes(path), new KnownFacts()));

        PassageKind KindOf(string start) => document.Passages.Single(p => p.Text.StartsWith(start, StringComparison.Ordinal)).Kind;
        Assert.Equal(PassageKind.Comment, KindOf("The above is another example of friendly nations"));
        Assert.Equal(PassageKind.Comment, KindOf("I really think Kishida and the LDP"));
        Assert.Equal(PassageKind.Comment, KindOf("Well done, Japan."));
        Assert.Equal(PassageKind.Paragraph, KindOf("The emergency grant aid will be delivered"));
        Assert.Equal(PassageKind.Paragraph, KindOf("In January, Taiwan provided support"));
        Assert.Contains(document.Statements, s => s.Speaker?.Name == "Yoko Kamikawa");
        Assert.DoesNotContain(document.Statements, s => document.Passages[s.PassageIndex].Kind == PassageKind.Comment);
    }

    [Fact]
    public void Without_a_credit_line_only_the_paragraph_above_the_first_counter_is_taken_for_a_comment()
    {
        const string text = """
            Minister says talks will continue

            The foreign minister told reporters on Friday that the talks with Seoul would continue next month in Tokyo.

            The two sides last met in March, when they agreed to resume the shuttle diplomacy of their leaders.

            What a waste of time and money.

            3 ( +5 / -2 )

            They will never agree on anything.

            -1 ( +2 / -3 )
            """;
        SourceDocument document = TestPipeline.Process(text);

        PassageKind KindOf(string start) => document.Passages.Single(p => p.Text.StartsWith(start, StringComparison.Ordinal)).Kind;
        Assert.Equal(PassageKind.Paragraph, KindOf("The foreign minister told reporters"));
        Assert.Equal(PassageKind.Paragraph, KindOf("The two sides last met in March"));
        Assert.Equal(PassageKind.Comment, KindOf("What a waste"));
        Assert.Equal(PassageKind.Comment, KindOf("They will never agree"));
    }
}
