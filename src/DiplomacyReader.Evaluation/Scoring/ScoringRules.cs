namespace DiplomacyReader.Evaluation.Scoring;

/// <summary>
/// What a corpus's labels mean for scoring: how speakers are compared, how short a predicted quote may be
/// and still count, and whether a gold quote without a named speaker is judged on its speaker.
/// </summary>
/// <param name="Speakers">How a predicted speaker is compared with the gold one.</param>
/// <param name="MinQuoteWords">Predicted quotes shorter than this are not scored (PolNeAR marks quotes of two words or more).</param>
/// <param name="ScoreUnnamedSpeakers">
/// Whether a gold quote whose speaker is null must stay unattributed. Our gold sets mean "nobody single"
/// by null; PolNeAR means "the source is not a name" ("he", "the campaign"), where naming the person can be right.
/// </param>
/// <param name="KindsMarked">Whether the gold marks quote kinds (direct, partial); PolNeAR does not.</param>
public sealed record ScoringRules(SpeakerRule Speakers, int MinQuoteWords, bool ScoreUnnamedSpeakers, bool KindsMarked = true)
{
    /// <summary>Our own gold sets (tests/gold): exact knowledge-base names, every quote, null means nobody.</summary>
    public static ScoringRules Gold { get; } = new(SpeakerRule.ExactName, 1, ScoreUnnamedSpeakers: true);

    /// <summary>Real coverage labelled by hand (japan-dev): names as the labeller wrote them.</summary>
    public static ScoringRules RealCoverage { get; } = new(SpeakerRule.SharedName, 1, ScoreUnnamedSpeakers: true);

    /// <summary>PolNeAR: names as the article gives them, quotes of two words or more, pronoun sources unscored.</summary>
    public static ScoringRules PolNeAR { get; } = new(SpeakerRule.SharedName, 2, ScoreUnnamedSpeakers: false, KindsMarked: false);
}
