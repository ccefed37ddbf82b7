using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Linking;

/// <summary>
/// How the press quotes of a corpus link to the transcripts they report.
/// </summary>
/// <param name="Links">Quotes with a gold target linked to the passage of the covered transcript that holds it.</param>
/// <param name="Fidelity">Quotes of coverage (target or not-found) given the gold fidelity; "not-found" is right when the quote links nowhere in its transcript.</param>
/// <param name="Problems">Each wrong link or fidelity, for a person to read.</param>
/// <param name="Judged">Every labelled quote with the fidelity the gold gives and the one found, and the score: what thresholds are calibrated on.</param>
public sealed record CoverageScore(Accuracy Links, Accuracy Fidelity, IReadOnlyList<string> Problems, IReadOnlyList<JudgedQuote> Judged);

/// <summary>One labelled quote of coverage: the gold fidelity, the fidelity found ("not-found" when unlinked) and the link's score.</summary>
public sealed record JudgedQuote(string Document, string Quote, string GoldFidelity, string Found, double? Score, bool Extracted);
