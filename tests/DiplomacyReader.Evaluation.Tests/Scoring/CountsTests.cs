using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Tests.Scoring;

public sealed class CountsTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_their_definitions()
    {
        var counts = new Counts(TruePositives: 6, FalsePositives: 2, FalseNegatives: 4);
        Assert.Equal(0.75, counts.Precision, 6);
        Assert.Equal(0.6, counts.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, counts.F1, 6);
    }

    [Fact]
    public void Nothing_found_and_nothing_to_find_is_perfect_but_nothing_found_of_something_is_zero()
    {
        Assert.Equal(1, default(Counts).F1);
        Counts missedAll = new(0, 0, 3);
        Assert.Equal(1, missedAll.Precision);
        Assert.Equal(0, missedAll.Recall);
        Assert.Equal(0, missedAll.F1);
    }

    [Fact]
    public void Counts_and_accuracies_add_up()
    {
        Assert.Equal(new Counts(3, 1, 2), new Counts(1, 1, 0) + new Counts(2, 0, 2));
        Accuracy total = new Accuracy(1, 2) + new Accuracy(2, 2);
        Assert.Equal(0.75, total.Value, 6);
        Assert.Equal(1, new Accuracy(0, 0).Value);
    }
}
