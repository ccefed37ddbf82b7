using DiplomacyReader.Evaluation.Scoring;
using DiplomacyReader.Evaluation.Extraction;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Evaluation.Tests.Extraction;

/// <summary>The scorer on documents built by hand, so each count is known before the scorer runs.</summary>
public sealed class ExtractionScorerTests
{
    private static readonly ActorRef s_iwaya = new("Takeshi Iwaya", "Minister for Foreign Affairs", "JP", "takeshi-iwaya");
    private static readonly ActorRef s_ishiba = new("Shigeru Ishiba", "Prime Minister", "JP", "shigeru-ishiba");

    private static StatementRecord Quote(string id, string quote, ActorRef? speaker, StatementKind kind = StatementKind.Direct) =>
        new(id, 0, kind, $"“{quote},” he said.", quote, "said", speaker, new TextSpan(0, quote.Length), [], []);

    private static SourceDocument Document(params StatementRecord[] statements) => new()
    {
        FileName = "hand-made.txt",
        OriginalBytes = [],
        ContentHash = "0",
        Text = "x",
        Format = SourceFormat.Text,
        Passages = [new PassageRecord(0, PassageKind.Paragraph, null, new TextSpan(0, 1), "x")],
        Statements = statements,
    };

    [Fact]
    public void A_quote_matches_on_its_words_whatever_the_case_punctuation_and_quote_style()
    {
        var gold = new GoldDocument { Quotes = [new GoldQuote("We’ll keep talking, as always", "direct", "Takeshi Iwaya")] };
        DocumentScore score = ExtractionScorer.Score("doc", Document(Quote("s1", "we'll keep talking as always.", s_iwaya)), gold);
        Assert.Equal(new Counts(1, 0, 0), score.Quotes);
        Assert.Equal(new Accuracy(1, 1), score.Speakers);
    }

    [Fact]
    public void Extra_and_missed_quotes_are_counted_and_a_wrong_speaker_costs_speaker_accuracy_only()
    {
        var gold = new GoldDocument
        {
            Quotes =
            [
                new GoldQuote("the alliance is the cornerstone", "direct", "Shigeru Ishiba"),
                new GoldQuote("never again", "partial", null),
            ],
        };
        DocumentScore score = ExtractionScorer.Score("doc", Document(
            Quote("s1", "the alliance is the cornerstone", s_iwaya),
            Quote("s2", "a term of art", null, StatementKind.Partial)), gold);

        Assert.Equal(new Counts(1, 1, 1), score.Quotes);
        Assert.Equal(new Accuracy(0, 1), score.Speakers);
        Assert.Contains(score.Problems, p => p.Contains("speaker Takeshi Iwaya, gold says Shigeru Ishiba", StringComparison.Ordinal));
        // The missed gold partial and the extra predicted partial both fall under "partial".
        Assert.Equal(new Counts(0, 1, 1), score.QuotesByKind["partial"]);
    }

    [Fact]
    public void A_quote_of_the_wrong_kind_counts_against_both_kinds()
    {
        var gold = new GoldDocument { Quotes = [new GoldQuote("deeply regrettable", "partial", "Takeshi Iwaya")] };
        DocumentScore score = ExtractionScorer.Score("doc", Document(Quote("s1", "deeply regrettable", s_iwaya, StatementKind.Direct)), gold);
        Assert.Equal(new Counts(1, 0, 0), score.Quotes);
        Assert.Equal(new Counts(0, 0, 1), score.QuotesByKind["partial"]);
        Assert.Equal(new Counts(0, 1, 0), score.QuotesByKind["direct"]);
    }

    [Fact]
    public void An_unattributed_gold_quote_must_stay_unattributed()
    {
        var gold = new GoldDocument { Quotes = [new GoldQuote("a step forward", "partial", null)] };
        DocumentScore score = ExtractionScorer.Score("doc", Document(Quote("s1", "a step forward", s_ishiba, StatementKind.Partial)), gold);
        Assert.Equal(new Accuracy(0, 1), score.Speakers);
    }
}
