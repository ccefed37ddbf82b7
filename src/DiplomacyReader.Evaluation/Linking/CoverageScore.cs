using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Linking;

/// <summary>
/// How the press quotes of a corpus link to the transcripts they report.
/// </summary>
/// <param name="Links">Quotes with a gold target linked to the passage of the covered transcript that holds it.</param>
/// <param name="Fidelity">Quotes of coverage (target or not-found) given the gold fidelity; "not-found" is right when the quote links nowhere in its transcript.</param>
/// <param name="Problems">Each wrong link or fidelity, for a person to read.</param>
public sealed record CoverageScore(Accuracy Links, Accuracy Fidelity, IReadOnlyList<string> Problems);
