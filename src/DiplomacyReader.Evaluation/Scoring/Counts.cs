namespace DiplomacyReader.Evaluation.Scoring;

/// <summary>True positives, false positives and false negatives, with the usual ratios.</summary>
public readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of what was found that is right (1 when nothing was found).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>Share of what should be found that was found (1 when nothing should be).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>Right and total, as a ratio.</summary>
public readonly record struct Accuracy(int Correct, int Total)
{
    /// <summary>Correct over total (1 when there is nothing to judge).</summary>
    public double Value => Total == 0 ? 1 : Correct / (double)Total;

    /// <summary>Adds two tallies.</summary>
    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);
}
